using Kasian.Web;
using Kasian.Web.Auth;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Demo;
using Kasian.Web.Features;
using Kasian.Web.Health;
using Kasian.Web.Jobs;
using Kasian.Web.Memos;
using Kasian.Web.Pages;
using Kasian.Web.Printing;
using Kasian.Web.Chain;
using Kasian.Web.Workflows;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;

// `verify` checks the record and exits without starting the web server (docs/record.md).
var verify = VerifyCommand.Parse(args);
if (verify is (null, { } usage)) { Console.Error.WriteLine(usage); return 2; }
var builder = WebApplication.CreateBuilder(verify is null ? args : []);
var options = builder.Configuration.GetSection(KasianOptions.Section).Get<KasianOptions>() ?? new KasianOptions();
// A bad signing key stops the start here, naming the setting, rather than failing every request later.
TokenIssuer.ReadKey(options.Auth.SigningKey);
var demoByDefault = builder.Environment.IsDevelopment();
options.Demo ??= demoByDefault;
builder.Services.Configure<KasianOptions>(builder.Configuration.GetSection(KasianOptions.Section));
builder.Services.PostConfigure<KasianOptions>(o => o.Demo ??= demoByDefault);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
builder.Services.AddKasianDatabase(options);
builder.Services.AddDataProtection().SetApplicationName("Kasian").PersistKeysToDbContext<KasianDbContext>();
builder.Services.AddKasianAuth();
builder.Services.AddSingleton<WorkflowLibrary>();
builder.Services.AddSingleton<OfficeCalendars>();
builder.Services.AddSingleton<PublishedRoutes>();
builder.Services.AddHostedService(services => services.GetRequiredService<PublishedRoutes>());
builder.Services.AddHostedService<HolidayListWatch>();
builder.Services.AddScoped<MemoActions>();
builder.Services.AddSingleton<StaffedPositions>();
builder.Services.AddSingleton<VacancyNotices>();
builder.Services.AddScoped<RequestActor>();
builder.Services.AddScoped<IdempotencyKeys>();
builder.Services.AddSingleton<Kasian.Web.Features.Setup.SetupToken>();
builder.Services.AddMediator(o =>
{
    o.ServiceLifetime = ServiceLifetime.Scoped;
    o.PipelineBehaviors = [typeof(AccessBehaviour<,>)];
});

builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = FrameworkProblems.AddCode);
builder.Services.AddExceptionHandler<ExceptionProblems>();
// Minimal APIs answer malformed JSON with a bare 400 unless told to throw; we throw so the answer carries our problem shape.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.Configure<JsonOptions>(o =>
{
    o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
    o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
});
builder.Services.AddOpenApi(o => ApiDocument.Configure(o, builder.Configuration["Kasian:PublicBaseUrl"]));
builder.Services.AddKasianTransport(options);
builder.Services.AddKasianHealth();
builder.Services.AddKasianPages();
builder.Services.AddKasianPrinting();
builder.Services.AddKasianRecord();
builder.AddKasianReminders(options);

var app = builder.Build();
if (verify is ({ } command, _)) return await command.RunAsync(app.Services, Console.Out, CancellationToken.None);

await Startup.PrepareAsync(app, options);

app.UseKasianTransport(options);
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi();
app.MapKasianHealth();
app.MapKasianApi(options);
app.MapKasianPages();
app.MapKasianReminders();
app.MapKasianRecord();

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
