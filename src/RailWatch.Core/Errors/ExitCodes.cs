namespace RailWatch.Core.Errors;

/// <summary>Process exit codes shared by every command (sysexits-style where one applies).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int PartialFailure = 1;
    public const int Usage = 2;
    public const int BadData = 65;
    public const int Internal = 70;
}
