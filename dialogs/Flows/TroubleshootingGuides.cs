namespace HandoffBot.Dialogs.Flows;

/// <summary>The guided fixes the troubleshooting flow knows, cheapest and most likely fix first.</summary>
public static class TroubleshootingGuides
{
    public const string Notifications = "notifications";
    public const string Sync = "sync";
    public const string AppLoading = "app-loading";

    public static IReadOnlyList<TroubleshootingGuide> All { get; } =
    [
        new(
            Notifications,
            "Notifications not arriving",
            [
                "Open **Settings > Notifications** in Tasklane and check that the events you expect (assigned to me, mentioned, due soon) are on, and that **Do not disturb** in the bell menu is off.",
                "Check the project isn't muted: in the project, open **… > Notifications** and make sure **Mute** is off.",
                "On your phone, allow notifications for the Tasklane app in the system settings, turn off Focus or Do Not Disturb, and check **Profile > Notifications** in the app.",
                "For emails, look in spam and promotions, and add notifications@tasklane.example to your contacts so they aren't filtered.",
            ]),
        new(
            Sync,
            "Changes not syncing",
            [
                "Check that you're online, then pull down to refresh (mobile) or reload the page (web).",
                "Sign out of Tasklane and sign back in; this refreshes your session on that device.",
                "Update the Tasklane app to the latest version from your app store, then open it again.",
                "Copy any change that still hasn't synced somewhere safe, then clear offline data under **Profile > Storage > Clear offline data** and reopen the app.",
            ]),
        new(
            AppLoading,
            "App won't load",
            [
                "Force a fresh load: press **Ctrl+Shift+R** (Windows) or **Cmd+Shift+R** (Mac), or fully close and reopen the mobile app.",
                "Open Tasklane in a private or incognito window; if it loads there, a browser extension is the likely cause, so disable extensions one by one.",
                "Clear the cache and cookies for tasklane.example, then sign in again.",
                "Try another network (e.g. your phone's hotspot) and check status.tasklane.example for incidents.",
            ]),
    ];

    public static TroubleshootingGuide? Find(string? key) =>
        All.FirstOrDefault(g => string.Equals(g.Key, key, StringComparison.OrdinalIgnoreCase));
}
