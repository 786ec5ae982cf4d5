namespace Kasian.Core.Tests;

/// <summary>Finds files shipped in the repository, from wherever the test assembly runs.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Kasian.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"No Kasian.slnx above {AppContext.BaseDirectory}.");
    }
}
