using System.Collections.Frozen;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace HandoffBot.Handoff.Rulebook;

/// <summary>Builds the typed <see cref="Rulebook"/> from a YAML document, reporting every problem to the <see cref="YamlReader"/>.</summary>
internal sealed class RulebookBuilder(YamlReader r, string source)
{
    private static readonly string[] DayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private readonly Dictionary<string, Skill> _skills = new(StringComparer.Ordinal);
    private readonly HashSet<string> _skillNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (YamlNode Node, string Path)> _triggerNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _examples = new(StringComparer.OrdinalIgnoreCase);

    public Rulebook? Build(YamlNode root)
    {
        var map = r.Map(root, "");
        if (map is null)
        {
            return null;
        }

        // Skills first: everything else refers to them by name.
        var skills = ReadSkills(map.Required("skills"), "skills");
        var defaultSkill = SkillRef(map.Required("defaultSkill"), "defaultSkill");
        var buckets = ReadBuckets(map.Required("buckets"), "buckets");
        var explicitTriggers = ReadExplicit(map.Required("explicitTriggers"), "explicitTriggers");
        var boundaries = ReadBoundaries(map.Required("boundaries"), "boundaries");
        var implicitTriggers = ReadImplicit(map.Required("implicit"), "implicit");
        var context = ReadContext(map.Required("context"), "context");
        var priority = ReadPriority(map.Required("priority"), "priority");
        var offer = ReadOffer(map.Required("offer"), "offer");
        var messages = ReadMessages(map.Required("messages"), "messages");
        map.Optional("version");
        map.Finish();

        if (defaultSkill is null || implicitTriggers is null || context is null || priority is null || offer is null || messages is null)
        {
            return null;
        }

        return new Rulebook(source, defaultSkill, skills, buckets, explicitTriggers, boundaries, implicitTriggers, context, priority, offer, messages);
    }

    private List<Skill> ReadSkills(YamlNode? node, string path)
    {
        var result = new List<Skill>();
        var items = r.Sequence(node, path);
        if (node is YamlSequenceNode && items.Count == 0)
        {
            r.Error(node, path, "must list at least one skill.");
        }

        foreach (var (item, itemPath) in items)
        {
            var map = r.Map(item, itemPath);
            if (map is null)
            {
                continue;
            }

            var name = r.String(map.Required("name"), map.Child("name"));
            var description = r.String(map.Optional("description"), map.Child("description")) ?? string.Empty;
            var hours = ReadHours(map.Required("businessHours"), map.Child("businessHours"));
            map.Finish();
            if (name is null)
            {
                continue;
            }

            // Known even when its hours are wrong, so that references to it do not pile up more errors.
            if (!_skillNames.Add(name))
            {
                r.Error(map.At("name"), map.Child("name"), $"duplicate skill name \"{name}\".");
                continue;
            }

            if (hours is null)
            {
                continue;
            }

            var skill = new Skill(name, description, hours);
            _skills[name] = skill;
            result.Add(skill);
        }

        return result;
    }

    private BusinessHours? ReadHours(YamlNode? node, string path)
    {
        var map = r.Map(node, path);
        if (map is null)
        {
            return null;
        }

        TimeZoneInfo? zone = null;
        if (r.String(map.Required("timeZone"), map.Child("timeZone")) is { } zoneId)
        {
            try
            {
                zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                r.Error(map.At("timeZone"), map.Child("timeZone"), $"unknown time zone id \"{zoneId}\"; use an IANA id such as \"Europe/Berlin\" or \"America/New_York\".");
            }
        }

        var days = new HashSet<DayOfWeek>();
        var dayList = r.Strings(map.Required("days"), map.Child("days"), required: true);
        foreach (var (day, i) in dayList.Select((d, i) => (d, i)))
        {
            var index = Array.IndexOf(DayNames, day.ToLowerInvariant());
            if (index < 0)
            {
                var dayNode = ((YamlSequenceNode)map.At("days")).Children[i];
                r.Error(dayNode, $"{map.Child("days")}[{i}]", $"\"{day}\" is not a day; use monday … sunday.");
            }
            else
            {
                days.Add((DayOfWeek)index);
            }
        }

        var open = Time(map.Required("open"), map.Child("open"));
        var close = Time(map.Required("close"), map.Child("close"), allowEndOfDay: true);
        if (open is { } o && close is { } c && c <= o)
        {
            r.Error(map.At("close"), map.Child("close"), $"must be later than open ({o:HH\\:mm}).");
        }

        var holidays = new HashSet<DateOnly>();
        foreach (var (item, itemPath) in r.Sequence(map.Optional("holidays"), map.Child("holidays")))
        {
            if (r.String(item, itemPath) is not { } text)
            {
                continue;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                holidays.Add(date);
            }
            else
            {
                r.Error(item, itemPath, $"\"{text}\" is not a date; use YYYY-MM-DD.");
            }
        }

        map.Finish();
        return zone is null || open is null || close is null
            ? null
            : new BusinessHours(zone, days.ToFrozenSet(), open.Value, close.Value, holidays.ToFrozenSet());
    }

    private TimeOnly? Time(YamlNode? node, string path, bool allowEndOfDay = false)
    {
        if (r.String(node, path) is not { } text)
        {
            return null;
        }

        if (allowEndOfDay && text == "24:00")
        {
            return TimeOnly.MaxValue;
        }

        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        r.Error(node!, path, $"\"{text}\" is not a time; use 24-hour HH:mm, e.g. \"09:00\" (close may be \"24:00\").");
        return null;
    }

    private string? SkillRef(YamlNode? node, string path)
    {
        if (r.String(node, path) is not { } name)
        {
            return null;
        }

        if (!_skillNames.Contains(name))
        {
            r.Error(node!, path, $"unknown skill \"{name}\"; defined skills: {string.Join(", ", _skillNames)}.");
            return null;
        }

        return name;
    }

    private string? UniqueTriggerName(YamlMapping map)
    {
        if (r.String(map.Required("name"), map.Child("name")) is not { } name)
        {
            return null;
        }

        if (Rulebook.ImplicitTriggerNames.Contains(name, StringComparer.Ordinal))
        {
            r.Error(map.At("name"), map.Child("name"), $"\"{name}\" is reserved for an implicit trigger.");
        }
        else if (_triggerNames.TryGetValue(name, out var first))
        {
            r.Error(map.At("name"), map.Child("name"), $"duplicate name \"{name}\" (first used at {first.Path}, line {first.Node.Start.Line}).");
        }
        else
        {
            _triggerNames[name] = (map.At("name"), map.Child("name"));
        }

        return name;
    }

    private IReadOnlyList<string> Examples(YamlMapping map, string key, bool required)
    {
        var node = required ? map.Required(key) : map.Optional(key);
        var examples = r.Strings(node, map.Child(key), required);
        if (node is YamlSequenceNode sequence)
        {
            for (var i = 0; i < sequence.Children.Count && i < examples.Count; i++)
            {
                // The same utterance in two places makes the rulebook ambiguous ("what is your refund policy?" is not a refund demand).
                var where = $"{map.Child(key)}[{i}]";
                if (_examples.TryGetValue(examples[i], out var first) && !first.StartsWith(map.Child(key) + "[", StringComparison.Ordinal))
                {
                    r.Error(sequence.Children[i], where, $"\"{examples[i]}\" is also an example at {first}; an utterance can belong to one place only.");
                }
                else
                {
                    _examples.TryAdd(examples[i], where);
                }
            }
        }

        return examples;
    }

    private List<Bucket> ReadBuckets(YamlNode? node, string path)
    {
        var result = new List<Bucket>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, itemPath) in r.Sequence(node, path))
        {
            var map = r.Map(item, itemPath);
            if (map is null)
            {
                continue;
            }

            var name = r.String(map.Required("name"), map.Child("name"));
            if (name is not null && !names.Add(name))
            {
                r.Error(map.At("name"), map.Child("name"), $"duplicate bucket name \"{name}\".");
            }

            var description = r.String(map.Optional("description"), map.Child("description")) ?? string.Empty;
            BucketAction? action = r.String(map.Required("action"), map.Child("action")) switch
            {
                null => null,
                "resolve" => BucketAction.Resolve,
                "handoff" => BucketAction.Handoff,
                var other => Invalid<BucketAction>(map.At("action"), map.Child("action"), $"\"{other}\" is not an action; use resolve or handoff."),
            };
            var skillNode = map.Optional("skill");
            var skill = SkillRef(skillNode, map.Child("skill"));
            if (action == BucketAction.Handoff && skillNode is null)
            {
                r.Error(map.Node, map.Child("skill"), "is required for a handoff bucket.");
            }

            var examples = Examples(map, "examples", required: true);
            map.Finish();
            if (name is not null && action is not null)
            {
                result.Add(new Bucket(name, description, action.Value, skill, examples));
            }
        }

        return result;
    }

    private List<ExplicitTrigger> ReadExplicit(YamlNode? node, string path)
    {
        var result = new List<ExplicitTrigger>();
        foreach (var (item, itemPath) in r.Sequence(node, path))
        {
            var map = r.Map(item, itemPath);
            if (map is null)
            {
                continue;
            }

            var name = UniqueTriggerName(map);
            var description = r.String(map.Optional("description"), map.Child("description")) ?? string.Empty;
            var skill = SkillRef(map.Optional("skill"), map.Child("skill"));
            var examples = Examples(map, "examples", required: true);
            var counter = Examples(map, "counterExamples", required: false);
            map.Finish();
            if (name is not null)
            {
                result.Add(new ExplicitTrigger(name, description, skill, examples, counter));
            }
        }

        return result;
    }

    private List<Boundary> ReadBoundaries(YamlNode? node, string path)
    {
        var result = new List<Boundary>();
        foreach (var (item, itemPath) in r.Sequence(node, path))
        {
            var map = r.Map(item, itemPath);
            if (map is null)
            {
                continue;
            }

            var name = UniqueTriggerName(map);
            var description = r.String(map.Optional("description"), map.Child("description")) ?? string.Empty;
            var skill = SkillRef(map.Required("skill"), map.Child("skill"));
            var examples = Examples(map, "examples", required: true);
            var counter = Examples(map, "counterExamples", required: false);
            map.Finish();
            if (name is not null && skill is not null)
            {
                result.Add(new Boundary(name, description, skill, examples, counter));
            }
        }

        return result;
    }

    private ImplicitTriggers? ReadImplicit(YamlNode? node, string path)
    {
        var map = r.Map(node, path);
        if (map is null)
        {
            return null;
        }

        SentimentRule? sentiment = null;
        if (r.Map(map.Required("sentiment"), map.Child("sentiment")) is { } s)
        {
            var threshold = r.Number(s.Required("frustrationThreshold"), s.Child("frustrationThreshold"), 0, 1);
            var window = r.Integer(s.Required("window"), s.Child("window"), 1, 20);
            s.Finish();
            sentiment = threshold is null || window is null ? null : new SentimentRule(threshold.Value, window.Value);
        }

        LoopRule? loops = null;
        if (r.Map(map.Required("loops"), map.Child("loops")) is { } l)
        {
            var maxAttempts = r.Integer(l.Optional("maxAttempts"), l.Child("maxAttempts"), 1, 10);
            var phrases = Examples(l, "notHelpedPhrases", required: true);
            var similarity = r.Number(l.Optional("rephraseSimilarity"), l.Child("rephraseSimilarity"), 0, 1);
            l.Finish();
            var bad = (l.Optional("maxAttempts") is not null && maxAttempts is null) || (l.Optional("rephraseSimilarity") is not null && similarity is null);
            loops = bad ? null : new LoopRule(maxAttempts ?? 2, phrases, similarity ?? 0.85);
        }

        ConfidenceRule? confidence = null;
        if (r.Map(map.Required("confidence"), map.Child("confidence")) is { } c)
        {
            var threshold = r.Number(c.Required("threshold"), c.Child("threshold"), 0, 1);
            c.Finish();
            confidence = threshold is null ? null : new ConfidenceRule(threshold.Value);
        }

        map.Finish();
        return sentiment is null || loops is null || confidence is null ? null : new ImplicitTriggers(sentiment, loops, confidence);
    }

    private ContextRules? ReadContext(YamlNode? node, string path)
    {
        var map = r.Map(node, path);
        if (map is null)
        {
            return null;
        }

        var churn = Examples(map, "churnSignals", required: true);
        var rules = new List<ContextRule>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (item, itemPath) in r.Sequence(map.Required("rules"), map.Child("rules")))
        {
            var rule = r.Map(item, itemPath);
            if (rule is null)
            {
                ok = false;
                continue;
            }

            var name = r.String(rule.Required("name"), rule.Child("name"));
            if (name is not null && !names.Add(name))
            {
                r.Error(rule.At("name"), rule.Child("name"), $"duplicate rule name \"{name}\".");
            }

            var when = ReadCondition(rule.Required("when"), rule.Child("when"));
            var weight = r.Integer(rule.Optional("weight"), rule.Child("weight"), 0, 100);
            var alwaysOffer = r.Boolean(rule.Optional("alwaysOfferHuman"), rule.Child("alwaysOfferHuman"));
            var frustration = r.Number(rule.Optional("frustrationThreshold"), rule.Child("frustrationThreshold"), 0, 1);
            var attempts = r.Integer(rule.Optional("maxAttempts"), rule.Child("maxAttempts"), 1, 10);
            var confidence = r.Number(rule.Optional("confidenceThreshold"), rule.Child("confidenceThreshold"), 0, 1);
            var skill = SkillRef(rule.Optional("skill"), rule.Child("skill"));
            rule.Finish();
            if (name is null || when is null)
            {
                ok = false;
                continue;
            }

            rules.Add(new ContextRule(name, when, weight ?? 0, alwaysOffer ?? false, frustration, attempts, confidence, skill));
        }

        map.Finish();
        return ok ? new ContextRules(churn, rules) : null;
    }

    private ContextCondition? ReadCondition(YamlNode? node, string path)
    {
        var map = r.Map(node, path);
        if (map is null)
        {
            return null;
        }

        HashSet<CustomerTier>? tiers = null;
        if (map.Optional("tier") is { } tierNode)
        {
            tiers = [];
            var list = r.Strings(tierNode, map.Child("tier"), required: true);
            for (var i = 0; i < list.Count; i++)
            {
                if (Enum.TryParse<CustomerTier>(list[i], ignoreCase: true, out var tier) && !int.TryParse(list[i], CultureInfo.InvariantCulture, out _))
                {
                    tiers.Add(tier);
                }
                else
                {
                    r.Error(((YamlSequenceNode)tierNode).Children[i], $"{map.Child("tier")}[{i}]", $"\"{list[i]}\" is not a tier; use trial, standard, vip or enterprise.");
                }
            }
        }

        var bugs = r.Integer(map.Optional("openBugsAtLeast"), map.Child("openBugsAtLeast"), 1, 1000);
        var csat = r.Integer(map.Optional("lastCsatAtMost"), map.Child("lastCsatAtMost"), 1, 5);
        var renewal = r.Integer(map.Optional("renewalWithinDays"), map.Child("renewalWithinDays"), 0, 366);
        var churn = r.Boolean(map.Optional("churnSignal"), map.Child("churnSignal"));
        map.Finish();
        if (tiers is null && bugs is null && csat is null && renewal is null && churn is null)
        {
            r.Error(map.Node, path, "must set at least one of tier, openBugsAtLeast, lastCsatAtMost, renewalWithinDays, churnSignal.");
            return null;
        }

        return new ContextCondition(tiers?.ToFrozenSet(), bugs, csat, renewal, churn);
    }

    private PriorityPolicy? ReadPriority(YamlNode? node, string path)
    {
        var map = r.Map(node, path);
        if (map is null)
        {
            return null;
        }

        var baseScore = r.Integer(map.Optional("base"), map.Child("base"), 0, 100);
        var aging = r.Number(map.Required("agingPerMinute"), map.Child("agingPerMinute"), 0, 100);
        var immediate = r.Integer(map.Required("immediateHandoffAt"), map.Child("immediateHandoffAt"), 0, 100);
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        var triggersNode = map.Required("triggers");
        if (r.Map(triggersNode, map.Child("triggers")) is { } triggers)
        {
            foreach (var (keyNode, valueNode) in triggers.Node.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                var keyPath = triggers.Child(key);
                triggers.Optional(key);
                if (!_triggerNames.ContainsKey(key) && !Rulebook.ImplicitTriggerNames.Contains(key, StringComparer.Ordinal))
                {
                    r.Error(keyNode, keyPath, $"unknown trigger \"{key}\"; triggers are the explicit triggers, the boundaries and {string.Join(", ", Rulebook.ImplicitTriggerNames)}.");
                    continue;
                }

                if (r.Integer(valueNode, keyPath, 0, 100) is { } weight)
                {
                    weights[key] = weight;
                }
            }

            foreach (var name in _triggerNames.Keys.Concat(Rulebook.ImplicitTriggerNames))
            {
                if (!triggers.Node.Children.ContainsKey(new YamlScalarNode(name)))
                {
                    r.Error(triggers.Node, triggers.Child(name), "is required but missing: every trigger needs a weight (0–100).");
                }
            }
        }

        map.Finish();
        return aging is null || immediate is null ? null : new PriorityPolicy(baseScore ?? 0, aging.Value, immediate.Value, weights.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private OfferPolicy? ReadOffer(YamlNode? node, string path)
    {
        var map = r.Map(node, path);
        if (map is null)
        {
            return null;
        }

        var cooldown = r.Integer(map.Required("cooldownTurns"), map.Child("cooldownTurns"), 0, 100);
        map.Finish();
        return cooldown is null ? null : new OfferPolicy(cooldown.Value);
    }

    private RulebookMessages? ReadMessages(YamlNode? node, string path)
    {
        var map = r.Map(node, path);
        if (map is null)
        {
            return null;
        }

        var transition = r.String(map.Required("transition"), map.Child("transition"));
        if (transition is not null && !transition.Contains(RulebookMessages.WaitPlaceholder, StringComparison.Ordinal))
        {
            r.Error(map.At("transition"), map.Child("transition"), "must contain the {wait} placeholder (the expected wait).");
        }

        var offer = r.String(map.Required("offer"), map.Child("offer"));
        var accept = r.String(map.Required("offerAccept"), map.Child("offerAccept"));
        var decline = r.String(map.Required("offerDecline"), map.Child("offerDecline"));
        var refusal = r.String(map.Required("refusalAcknowledgement"), map.Child("refusalAcknowledgement"));
        var waiting = r.String(map.Required("waitingAcknowledgement"), map.Child("waitingAcknowledgement"));
        var failed = r.String(map.Required("handoffFailed"), map.Child("handoffFailed"));

        // The offline messages are optional: rulebooks written before them keep working with the built-in wording.
        var closed = r.String(map.Optional("closed"), map.Child("closed"));
        if (closed is not null && !closed.Contains(RulebookMessages.WhenPlaceholder, StringComparison.Ordinal))
        {
            r.Error(map.At("closed"), map.Child("closed"), "must contain the {when} placeholder (when the team is back).");
        }

        var unstaffed = r.String(map.Optional("unstaffed"), map.Child("unstaffed"));
        var withdrawn = r.String(map.Optional("withdrawn"), map.Child("withdrawn"));
        var frustration = r.String(map.Optional("frustrationAcknowledgement"), map.Child("frustrationAcknowledgement"));
        var emailTransition = r.String(map.Optional("emailTransition"), map.Child("emailTransition"));
        if (emailTransition is not null && !emailTransition.Contains(RulebookMessages.WaitPlaceholder, StringComparison.Ordinal))
        {
            r.Error(map.At("emailTransition"), map.Child("emailTransition"), "must contain the {wait} placeholder (the expected wait).");
        }

        var emailOffline = r.String(map.Optional("emailOffline"), map.Child("emailOffline"));
        map.Finish();
        return transition is null || offer is null || accept is null || decline is null || refusal is null || waiting is null || failed is null
            ? null
            : new RulebookMessages(transition, offer, accept, decline, refusal, waiting, failed)
            {
                Closed = closed ?? RulebookMessages.DefaultClosed,
                Unstaffed = unstaffed ?? RulebookMessages.DefaultUnstaffed,
                Withdrawn = withdrawn ?? RulebookMessages.DefaultWithdrawn,
                FrustrationAcknowledgement = frustration ?? RulebookMessages.DefaultFrustrationAcknowledgement,
                EmailTransition = emailTransition ?? RulebookMessages.DefaultEmailTransition,
                EmailOffline = emailOffline ?? RulebookMessages.DefaultEmailOffline,
            };
    }

    private T? Invalid<T>(YamlNode node, string path, string message)
        where T : struct
    {
        r.Error(node, path, message);
        return null;
    }
}
