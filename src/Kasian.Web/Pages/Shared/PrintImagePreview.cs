using Kasian.Web.Printing;

namespace Kasian.Web.Pages;

/// <summary>An uploaded picture shown as it will print (or the sentence saying there is none), under <c>{Id}-preview</c>.</summary>
public sealed record PrintImagePreview(StoredPrintImage? Image, string Id, string Alt, string None);
