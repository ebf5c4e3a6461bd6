using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;

namespace HandoffBot.Dialogs.Engine;

/// <summary>A collection of dialogs addressable by id, and the entry point that loads a persisted stack.</summary>
public class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private string? _version;

    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        _dialogState = dialogState ?? throw new ArgumentNullException(nameof(dialogState));
    }

    /// <summary>Initializes a set with no storage, as used inside a <see cref="ComponentDialog"/>.</summary>
    public DialogSet()
    {
    }

    /// <summary>Adds a dialog. Adding the same instance twice is a no-op; an id collision renames the new dialog.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        _version = null;
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog))
            {
                return this;
            }

            // Same suffix scheme as the SDK ("foo" -> "foo2", "foo3", ...) so ids in saved state stay compatible.
            var suffix = 2;
            while (_dialogs.ContainsKey(dialog.Id + suffix))
            {
                suffix++;
            }

            dialog.Id += suffix;
        }

        _dialogs[dialog.Id] = dialog;
        return this;
    }

    public Dialog? Find(string dialogId)
    {
        return _dialogs.GetValueOrDefault(dialogId);
    }

    public IEnumerable<Dialog> GetDialogs()
    {
        return _dialogs.Values;
    }

    /// <summary>Loads (or creates) the root stack for this turn and returns a context over it.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (_dialogState is null)
        {
            throw new InvalidOperationException("DialogSet.CreateContextAsync(): this DialogSet was created without a state property accessor.");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);

        // Pin the (possibly just converted from JSON) object in the turn's state cache, so that it is the
        // instance that gets mutated and saved.
        await _dialogState.SetAsync(turnContext, state, cancellationToken);
        return new DialogContext(this, turnContext, state);
    }

    /// <summary>Gets a stable hash of the children's versions (stable across processes, unlike string.GetHashCode).</summary>
    public virtual string GetVersion()
    {
        if (_version is null)
        {
            var versions = string.Join(';', _dialogs.Values.Select(d => d.GetVersion()));
            _version = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(versions)));
        }

        return _version;
    }
}
