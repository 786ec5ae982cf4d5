namespace Kasian.Web.Tests.Infrastructure;

public static class RepositoryRoot
{
    /// <summary>The folder holding Kasian.slnx, found by walking up from the test assembly.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Kasian.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Kasian.slnx not found above " + AppContext.BaseDirectory);
    }
}
