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
    public static void MapKasianApi(this IEndpointRouteBuilder app, KasianOptions options)
    {
        var api = app.MapGroup("/api").RequireAuthorization(AuthSetup.ApiPolicy).WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(256 * 1024));
        Setup.SetUpInstallationEndpoint.Map(api);
        IssueTokenEndpoint.Map(api);
        GetMeEndpoint.Map(api);
        ChangePasswordEndpoint.Map(api);
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
        RecallMemoEndpoint.Map(memos);
        GetMemoEndpoint.Map(memos);
        GetMemoPdfEndpoint.Map(memos);
        ListMemosEndpoint.Map(memos);
        GetMemoEventsEndpoint.Map(memos);
    }
}
