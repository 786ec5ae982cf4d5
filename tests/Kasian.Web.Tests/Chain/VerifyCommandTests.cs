using System.Diagnostics;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Chain;

/// <summary><c>dotnet Kasian.Web.dll verify</c> as an operator runs it: a real process against the database a running Kasian uses.</summary>
public sealed class VerifyCommandTests : IAsyncLifetime
{
    private readonly KasianApp _app = new(TestDatabase.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Verify_exits_0_with_count_and_head_then_1_naming_the_memo_whose_status_was_changed()
    {
        var memo = await RecordKit.ApprovedMemoAsync(_app);
        await RecordKit.SealAsync(_app);

        var (intact, output) = await RunAsync("verify", "--organisation", "phusang");

        Assert.True(intact == 0, output);
        Assert.Matches(@"phusang: \d+ events, chain head \d+ [0-9a-f]{64}", output);
        Assert.Contains("intact", output);

        await RecordKit.TamperAsync(_app, """UPDATE "Memos" SET "Status" = 'Pending' WHERE "Id" = @m""", ("m", memo));
        var (broken, named) = await RunAsync("verify");

        Assert.True(broken == 1, named);
        Assert.Contains($"NOT INTACT: memo {memo:N}", named);
    }

    [Theory]
    [InlineData("--organisation")]
    [InlineData("--colour", "red")]
    [InlineData("--digests", "/no/such/directory")]
    public async Task Verify_with_wrong_arguments_exits_2_and_says_how_to_use_it(params string[] arguments)
    {
        var (code, output) = await RunAsync(["verify", .. arguments]);

        Assert.True(code == 2, output);
        Assert.Contains("verify", output);
    }

    private async Task<(int Code, string Output)> RunAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, .. arguments])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Kasian__Database__Provider"] = _app.Database.Provider;
        info.Environment["Kasian__Database__ConnectionString"] = _app.Database.ConnectionString;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
