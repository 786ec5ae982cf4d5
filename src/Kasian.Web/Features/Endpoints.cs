using Kasian.Web.Auth;
using Kasian.Web.Features.Admin;
using Kasian.Web.Features.Auth;
using Kasian.Web.Features.Me;
using Kasian.Web.Features.Memos;
using Kasian.Web.Features.Routes;

namespace Kasian.Web.Features;

/// <summary>HTTP API v1 (DESIGN.md §5). Each use case maps its own endpoint; this is the table of contents.</summary>
public static class Endpoints
{
    /// <summary>The largest body an /api endpoint reads, unless it sets its own limit (attachments).</summary>
    public const long MaxRequestBytes = 256 * 1024;

    /// <summary>
    /// A group under /api with the API's bearer-only policy and its body limit. Every /api endpoint is mapped in a
    /// group made here, wherever it is mapped from, so none parses a body of any size (ApiLimitsTests walks them all).
    /// </summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api").RequireAuthorization(AuthSetup.ApiPolicy).WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxRequestBytes));

    public static void MapKasianApi(this IEndpointRouteBuilder app, KasianOptions options)
    {
        var api = app.MapApiGroup();
        Setup.SetUpInstallationEndpoint.Map(api);
        IssueTokenEndpoint.Map(api);
        GetMeEndpoint.Map(api);
        ChangePasswordEndpoint.Map(api);
        UploadSignatureEndpoint.Map(api);
        GetSignatureEndpoint.Map(api);
        RemoveSignatureEndpoint.Map(api);
        RequestStandInEndpoint.Map(api);
        ListStandInsEndpoint.Map(api);
        StandIns.DecideStandInEndpoint.Map(api);
        ListRoutesEndpoint.Map(api);
        api.MapAdministration();

        var memos = api.MapGroup("/memos").WithTags("Memos");
        CreateMemoEndpoint.Map(memos);
        EditMemoEndpoint.Map(memos);
        AddAttachmentEndpoint.Map(memos, options.Attachments.MaxBytes);
        GetAttachmentEndpoint.Map(memos);
        SubmitMemoEndpoint.Map(memos);
        EndorseMemoEndpoint.Map(memos);
        ApproveMemoEndpoint.Map(memos);
        RejectMemoEndpoint.Map(memos);
        ReturnMemoEndpoint.Map(memos);
        AcknowledgeMemoEndpoint.Map(memos);
        BulkDecideEndpoint.Map(memos);
        RecallMemoEndpoint.Map(memos);
        GetMemoEndpoint.Map(memos);
        GetMemoPdfEndpoint.Map(memos);
        ListMemosEndpoint.Map(memos);
        GetMemoEventsEndpoint.Map(memos);
    }
}
