using HandoffBot.Language;

namespace HandoffBot.Tests.Handoff.Detection;

/// <summary>
/// Example utterances per label, the way a support lead would write them in the rulebook: none of them is a test
/// message, and the routine how-tos are ordinary help-center questions.
/// </summary>
public static class SupportExamples
{
    public const string Human = "human_request";
    public const string Cancellation = "cancellation";
    public const string Refund = "refund_demand";
    public const string Billing = "billing_dispute";
    public const string Legal = "legal";
    public const string Security = "security_incident";
    public const string Routine = "routine";

    public static IReadOnlyList<LabeledExample> All { get; } =
    [
        new(Human, "I want to talk to a human"),
        new(Human, "let me speak to a real person"),
        new(Human, "can I talk to an agent"),
        new(Human, "connect me to customer service"),
        new(Human, "transfer me to a live agent"),
        new(Human, "I need to speak with someone from support"),
        new(Human, "is there a person I can chat with"),
        new(Human, "get me a representative"),
        new(Human, "operator please"),
        new(Human, "stop the bot, I want a human"),

        new(Cancellation, "cancel my subscription"),
        new(Cancellation, "I want to cancel my account"),
        new(Cancellation, "please close my account"),
        new(Cancellation, "I'd like to end my subscription"),
        new(Cancellation, "stop my membership"),
        new(Cancellation, "terminate my contract"),
        new(Cancellation, "I want to unsubscribe from the paid plan"),
        new(Cancellation, "delete my account permanently"),
        new(Cancellation, "I'm leaving, cancel everything"),
        new(Cancellation, "turn off auto-renewal and end my plan"),

        new(Refund, "I want a refund"),
        new(Refund, "give me my money back"),
        new(Refund, "refund my last payment"),
        new(Refund, "I demand a full refund"),
        new(Refund, "I need my money returned"),
        new(Refund, "please reverse the charge and refund me"),
        new(Refund, "I want to be reimbursed"),
        new(Refund, "send my money back now"),
        new(Refund, "refund the annual plan I bought yesterday"),
        new(Refund, "I expect a refund for this"),

        new(Billing, "I was charged twice"),
        new(Billing, "there's a charge on my card I don't recognize"),
        new(Billing, "you billed me the wrong amount"),
        new(Billing, "my invoice is wrong"),
        new(Billing, "why was I charged after cancelling"),
        new(Billing, "I was overcharged this month"),
        new(Billing, "I dispute this charge"),
        new(Billing, "unexpected fee on my bill"),
        new(Billing, "you charged me for a plan I never ordered"),
        new(Billing, "the price on my invoice is not what I agreed to"),

        new(Legal, "I will contact my lawyer"),
        new(Legal, "I'm going to sue you"),
        new(Legal, "this is a GDPR violation"),
        new(Legal, "I'm filing a complaint with the regulator"),
        new(Legal, "send me all the data you hold on me, this is a subject access request"),
        new(Legal, "my attorney will be in touch"),
        new(Legal, "I'll take legal action"),
        new(Legal, "this breaches consumer protection law"),
        new(Legal, "I want to report you to the ombudsman"),
        new(Legal, "expect to hear from my solicitor"),

        new(Security, "my account was hacked"),
        new(Security, "someone logged into my account"),
        new(Security, "I see logins from a country I've never been to"),
        new(Security, "I think my password was stolen"),
        new(Security, "I got a suspicious login alert"),
        new(Security, "someone changed my email address without permission"),
        new(Security, "I received a phishing email pretending to be you"),
        new(Security, "there was unauthorized access to my account"),
        new(Security, "my two-factor authentication was turned off by someone else"),
        new(Security, "strange API keys were created on my account"),

        new(Routine, "how do I reset my password"),
        new(Routine, "how do I share a document with a colleague"),
        new(Routine, "how do I stop sharing a file"),
        new(Routine, "how do I remove a link I shared"),
        new(Routine, "where can I read your refund policy"),
        new(Routine, "what payment methods do you accept"),
        new(Routine, "how do I change my plan"),
        new(Routine, "how do I downgrade to the basic plan"),
        new(Routine, "how do I export my data"),
        new(Routine, "how do I invite a teammate"),
        new(Routine, "how do I turn on dark mode"),
        new(Routine, "what are your opening hours"),
    ];
}
