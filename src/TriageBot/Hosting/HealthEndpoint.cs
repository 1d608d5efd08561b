namespace TriageBot.Hosting;

internal static class HealthEndpoint
{
    /// <summary><c>GET /healthz</c>: 200 "ok" for load balancers; says nothing about the configuration.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        return endpoints;
    }
}
