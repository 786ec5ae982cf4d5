using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Auth;

/// <summary>The sign-in tables and their indexes, kept beside the code that uses them.</summary>
public static class AuthModel
{
    public const int MaxUsername = 64;
    public const int MaxAddress = 64;

    public static void Configure(ModelBuilder b)
    {
        b.Entity<SignInSession>(e =>
        {
            // Every authenticated request looks its session up by primary key; revoking finds a person's sessions by PersonId.
            e.HasIndex(s => s.PersonId);
            e.Property(s => s.Address).HasMaxLength(MaxAddress);
            e.HasOne<Data.Person>().WithMany().HasForeignKey(s => s.PersonId);
        });
        b.Entity<SignInAttempt>(e =>
        {
            // Counted per account and per address within the window; old rows are deleted by time.
            e.HasIndex(a => new { a.Username, a.At });
            e.HasIndex(a => new { a.Address, a.At });
            e.HasIndex(a => a.At);
            e.Property(a => a.Username).HasMaxLength(MaxUsername);
            e.Property(a => a.Address).HasMaxLength(MaxAddress);
        });
    }
}
