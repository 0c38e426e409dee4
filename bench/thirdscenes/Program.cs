using RailWatch.ThirdScenes.Bench.Cli;

ThirdArguments arguments;
try
{
    arguments = ThirdArguments.Parse(args);
}
catch (FormatException e)
{
    await Console.Error.WriteLineAsync($"thirdscenes: {e.Message}. {ThirdArguments.Usage}").ConfigureAwait(false);
    return 2;
}

return arguments.Check ? LabelCheck.Run(arguments.Directory) : SceneRunner.Run(arguments);
