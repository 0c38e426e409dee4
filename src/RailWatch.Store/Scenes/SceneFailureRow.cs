using RailWatch.Core.Scenes;

namespace RailWatch.Store;

/// <summary>A yard × scene that failed and has not succeeded since; <see cref="Scene"/> is enough to retry it.</summary>
public sealed record SceneFailureRow(string YardId, SceneRef Scene, string Error, int Attempts, long FirstRunId, long LastRunId);
