namespace RailWatch.Web.Model;

/// <summary>A stored PNG preview of a yard chip, served only by its id.</summary>
public sealed record ChipImage(long ChipId, int Width, int Height);
