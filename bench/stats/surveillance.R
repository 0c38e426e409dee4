#!/usr/bin/env Rscript
# Runs the R package 'surveillance' on the benchmark's series, beside our detector (bench/stats/run.sh).
#   Rscript surveillance.R DIR BURN_IN_END(yyyy-mm-dd) [FARRINGTON_ALPHA]
# With FARRINGTON_ALPHA only Farrington runs, at that alpha, into DIR/flags_farrington_alpha<A>.csv (to compare it
# at another false-alarm rate).
# Reads DIR/series.csv and writes DIR/flags_ears_c2.csv, flags_ears_c3.csv, flags_farrington.csv (yard,date,kind).
# These methods need regular time steps and know no observed fraction, so they get, per yard:
#  - EARS C2/C3: the sequence of observations as time steps, each count scaled to the whole yard (count / fraction);
#  - Farrington (flexible): weekly means of those scaled counts (weeks without an observation carry the last
#    value forward and never alarm), b = 1 year back, w = 3, the package's other defaults (alpha 0.05, trend
#    kept at p < 0.05, 2/3 power transform); an alarm is dated at the week's last observation.
suppressMessages(library(surveillance))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
evalStart <- as.Date(args[2])
faAlpha <- if (length(args) >= 3) as.numeric(args[3]) else NA
s <- read.csv(file.path(dir, "series.csv"), stringsAsFactors = FALSE)
s <- s[!is.na(s$count), ]
s$date <- as.Date(substr(s$acquired, 1, 10))
s$frac <- ifelse(is.na(s$observed_fraction), 1, s$observed_fraction)
s$scaled <- round(s$count / s$frac)
yards <- unique(s$yard)
c2 <- list(); c3 <- list(); fa <- list()
t0 <- Sys.time()
for (y in yards) {
  d <- s[s$yard == y, ]
  d <- d[order(d$date), ]
  rng <- which(d$date >= evalStart)
  for (m in c("C2", "C3")) {
    if (length(rng) == 0 || !is.na(faAlpha)) next
    st <- sts(observed = matrix(d$scaled, ncol = 1), start = c(2000, 1), frequency = 365)
    alpha <- if (m == "C2") 0.001 else 0.025
    res <- earsC(st, control = list(range = rng, method = m, baseline = 7, alpha = alpha))
    al <- which(alarms(res)[, 1] == 1)
    if (length(al) > 0) {
      rows <- data.frame(yard = y, date = format(d$date[rng[al]]), kind = tolower(m))
      if (m == "C2") c2[[y]] <- rows else c3[[y]] <- rows
    }
  }
  # Weekly series from the first Monday on or before the first observation.
  first <- min(d$date) - as.integer(format(min(d$date), "%u")) + 1
  week <- as.integer(d$date - first) %/% 7 + 1
  nweeks <- max(week)
  wk <- rep(NA_real_, nweeks); lastDate <- rep(as.Date(NA), nweeks)
  for (k in unique(week)) {
    wk[k] <- round(mean(d$scaled[week == k]))
    lastDate[k] <- max(d$date[week == k])
  }
  has <- !is.na(wk)
  for (k in seq_len(nweeks)) if (is.na(wk[k])) wk[k] <- if (k > 1) wk[k - 1] else wk[which(has)[1]]
  evalWeeks <- which(first + (seq_len(nweeks) - 1) * 7 + 6 >= evalStart & seq_len(nweeks) >= 56 & has)
  if (length(evalWeeks) > 0) {
    st <- sts(observed = matrix(wk, ncol = 1), start = c(2000, 1), frequency = 52)
    # farringtonFlexible indexes its results by week - min(range) + 1: the range must be contiguous. Weeks without
    # an observation are tested too and their alarms dropped.
    span <- min(evalWeeks):max(evalWeeks)
    res <- farringtonFlexible(st, control = list(range = span, b = 1, w = 3, alpha = if (is.na(faAlpha)) 0.05 else faAlpha))
    al <- span[alarms(res)[, 1] == 1 & has[span]]
    if (length(al) > 0) fa[[y]] <- data.frame(yard = y, date = format(lastDate[al]), kind = "farrington")
  }
}
write1 <- function(l, name) {
  df <- if (length(l) > 0) do.call(rbind, l) else data.frame(yard = character(), date = character(), kind = character())
  write.csv(df, file.path(dir, name), row.names = FALSE, quote = FALSE)
}
if (is.na(faAlpha)) {
  write1(c2, "flags_ears_c2.csv"); write1(c3, "flags_ears_c3.csv"); write1(fa, "flags_farrington.csv")
} else {
  write1(fa, paste0("flags_farrington_alpha", args[3], ".csv"))
}
cat(sprintf("surveillance %s: %d yards in %.1f s\n", as.character(packageVersion("surveillance")), length(yards),
            as.numeric(difftime(Sys.time(), t0, units = "secs"))))
