using Kasian.Web.Data;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Kasian.Web.Notifications;

/// <summary>E-mail over SMTP with MailKit; one connection per message, which is plenty for reminders.</summary>
public sealed class EmailChannel(IOptions<NotificationOptions> options) : INotificationChannel
{
    private NotificationOptions.SmtpOptions Smtp => options.Value.Smtp;

    public string Name => "email";

    public string? AddressOf(Person person) =>
        person.NotifyByEmail && !string.IsNullOrWhiteSpace(person.Email) && !string.IsNullOrWhiteSpace(Smtp.Host) ? person.Email : null;

    public async Task SendAsync(OutgoingMessage message, Person recipient, string address, CancellationToken ct)
    {
        var mail = new MimeMessage
        {
            // A stable Message-Id per delivery lets a mail system drop the duplicate of a retried send.
            MessageId = $"{message.DeliveryId:N}@kasian",
            Subject = message.Title,
            Body = new TextPart("plain") { Text = message.Text + "\n" },
        };
        mail.From.Add(MailboxAddress.Parse(Smtp.From));
        mail.To.Add(new MailboxAddress(recipient.DisplayName, address));

        using var client = new SmtpClient { Timeout = (int)Smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(Smtp.Host!, Smtp.Port, Smtp.Security, ct);
        if (!string.IsNullOrEmpty(Smtp.Username))
            await client.AuthenticateAsync(Smtp.Username, Smtp.Password ?? "", ct);
        await client.SendAsync(mail, ct);
        await client.DisconnectAsync(true, ct);
    }
}
