using System.Net;
using Kasian.Web.Notifications;

namespace Kasian.Web.Tests.Hardening;

/// <summary>Which addresses Kasian's outbound calls may reach, with and without AllowPrivateTargets.</summary>
public sealed class OutboundAddressTests
{
    [Theory]
    [InlineData("8.8.8.8", TargetKind.Public)]
    [InlineData("203.150.1.1", TargetKind.Public)]
    [InlineData("172.32.0.1", TargetKind.Public)]
    [InlineData("100.128.0.1", TargetKind.Public)]
    [InlineData("2001:4860:4860::8888", TargetKind.Public)]
    [InlineData("127.0.0.1", TargetKind.Loopback)]
    [InlineData("127.255.0.9", TargetKind.Loopback)]
    [InlineData("::1", TargetKind.Loopback)]
    [InlineData("::ffff:127.0.0.1", TargetKind.Loopback)]
    [InlineData("10.1.2.3", TargetKind.Private)]
    [InlineData("172.16.0.1", TargetKind.Private)]
    [InlineData("172.31.255.255", TargetKind.Private)]
    [InlineData("192.168.0.1", TargetKind.Private)]
    [InlineData("100.64.0.1", TargetKind.Private)]
    [InlineData("100.127.255.254", TargetKind.Private)]
    [InlineData("fc00::1", TargetKind.Private)]
    [InlineData("fd12:3456::1", TargetKind.Private)]
    [InlineData("::ffff:10.0.0.1", TargetKind.Private)]
    [InlineData("64:ff9b::a00:1", TargetKind.Private)]
    [InlineData("2002:c0a8:0101::1", TargetKind.Private)]
    [InlineData("169.254.169.254", TargetKind.LinkLocal)]
    [InlineData("fe80::1", TargetKind.LinkLocal)]
    [InlineData("0.0.0.0", TargetKind.Unspecified)]
    [InlineData("0.1.2.3", TargetKind.Unspecified)]
    [InlineData("::", TargetKind.Unspecified)]
    [InlineData("224.0.0.1", TargetKind.Multicast)]
    [InlineData("255.255.255.255", TargetKind.Multicast)]
    [InlineData("ff02::1", TargetKind.Multicast)]
    public void Addresses_are_classified(string address, TargetKind kind) =>
        Assert.Equal(kind, OutboundTargets.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData(TargetKind.Public, true, true)]
    [InlineData(TargetKind.Loopback, false, true)]
    [InlineData(TargetKind.Private, false, true)]
    [InlineData(TargetKind.LinkLocal, false, false)]
    [InlineData(TargetKind.Unspecified, false, false)]
    [InlineData(TargetKind.Multicast, false, false)]
    public void Only_loopback_and_private_addresses_open_with_the_switch(TargetKind kind, bool byDefault, bool allowed)
    {
        var address = kind switch
        {
            TargetKind.Public => "8.8.8.8", TargetKind.Loopback => "127.0.0.1", TargetKind.Private => "10.0.0.1",
            TargetKind.LinkLocal => "169.254.169.254", TargetKind.Unspecified => "0.0.0.0", _ => "224.0.0.1",
        };
        Assert.Equal(byDefault, OutboundTargets.MayCall(IPAddress.Parse(address), allowPrivate: false));
        Assert.Equal(allowed, OutboundTargets.MayCall(IPAddress.Parse(address), allowPrivate: true));
    }
}
