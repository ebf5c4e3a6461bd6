using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace HandoffBot.Tests.TestSupport;

/// <summary>
/// A self-signed TLS certificate for 127.0.0.1, trusted for this user while the test process runs. The Bot Framework
/// fetches OpenID metadata only over HTTPS (IDX20108 otherwise), so the loopback stub must speak TLS that the
/// default HttpClient accepts; on Linux .NET trusts the CurrentUser\Root store, which needs no root privileges.
/// </summary>
public static class LoopbackCertificate
{
    private const string Subject = "CN=HandoffBot test loopback";

    private static readonly Lazy<X509Certificate2> Instance = new(CreateAndTrust);

    public static X509Certificate2 Certificate => Instance.Value;

    private static X509Certificate2 CreateAndTrust()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(Subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(2));
        // Kestrel needs an exportable private key; round-trip through PKCS#12 to get one.
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);

        using (var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            store.Open(OpenFlags.ReadWrite);
            // Drop what an earlier, killed run may have left behind.
            foreach (var stale in store.Certificates.Find(X509FindType.FindBySubjectDistinguishedName, Subject, validOnly: false))
            {
                store.Remove(stale);
            }

            using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.RawData);
            store.Add(publicOnly);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Untrust(certificate);
        return certificate;
    }

    private static void Untrust(X509Certificate2 certificate)
    {
        using var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        foreach (var mine in store.Certificates.Find(X509FindType.FindByThumbprint, certificate.Thumbprint, validOnly: false))
        {
            store.Remove(mine);
        }
    }
}
