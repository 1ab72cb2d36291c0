// Before/after commands for explorer and training-setup changes, named after what changed, and
// the merging of one gesture's (or one quick run's) changes into one step.
#include "gui/window/SettingsUndo.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QUndoCommand>
#include <algorithm>

#include "session/ExplorerText.h"

namespace relulab::gui {

namespace {

// This file's messages, filed under "SettingsUndo" by lupdate and looked up there.
class SettingsUndoTr
{
    Q_DECLARE_TR_FUNCTIONS(SettingsUndo)
};

QString num(double v)
{
    return session::formatNumber(v);
}

// Command ids: one per kind of change; commands merge only with their own kind.
enum Kind {
    kAlpha = 1,
    kRange,
    kPieces,
    kConvention,
    kVisibility,
    kSubgradient,
    kSamples,
    kSoftplusBeta,
    kPins,
    kExplorer,        // several explorer settings at once
    kTraining = 100,  // + the index of the one training field that changed
    kTrainingMany = 199,
};

// Continuous values merge (a drag, the wheel, a held key); toggles and choices do not.
bool isContinuous(int kind)
{
    switch (kind) {
        case kAlpha:
        case kRange:
        case kPieces:
        case kSamples:
        case kSoftplusBeta:
            return true;
        default:
            return false;
    }
}

struct Change
{
    int kind = kExplorer;
    QString text;
};

Change describe(const session::ExplorerSettings &a, const session::ExplorerSettings &b)
{
    std::vector<Change> changes;
    if (a.alpha != b.alpha)
        changes.push_back({kAlpha, SettingsUndoTr::tr("change \u03b1 to %1").arg(num(b.alpha))});
    if (a.lo != b.lo || a.hi != b.hi)
        changes.push_back(
            {kRange, SettingsUndoTr::tr("change range to %1 \u2026 %2").arg(num(b.lo), num(b.hi))});
    if (a.pieces != b.pieces) {
        QString text = SettingsUndoTr::tr("change maxout pieces");
        if (b.pieces.size() > a.pieces.size()) text = SettingsUndoTr::tr("add maxout piece");
        if (b.pieces.size() < a.pieces.size()) text = SettingsUndoTr::tr("remove maxout piece");
        changes.push_back({kPieces, text});
    }
    if (a.convention != b.convention)
        changes.push_back({kConvention, SettingsUndoTr::tr("use the %1 convention")
                                            .arg(session::conventionWord(b.convention))});
    if (a.visible != b.visible) {
        QString text = SettingsUndoTr::tr("change shown functions");
        const QSet<session::FunctionId> added = b.visible - a.visible;
        const QSet<session::FunctionId> removed = a.visible - b.visible;
        if (added.size() == 1 && removed.isEmpty())
            text = SettingsUndoTr::tr("show %1").arg(session::functionName(*added.begin()));
        if (removed.size() == 1 && added.isEmpty())
            text = SettingsUndoTr::tr("hide %1").arg(session::functionName(*removed.begin()));
        changes.push_back({kVisibility, text});
    }
    if (a.showSubgradient != b.showSubgradient)
        changes.push_back({kSubgradient, b.showSubgradient
                                             ? SettingsUndoTr::tr("show subgradient sets")
                                             : SettingsUndoTr::tr("hide subgradient sets")});
    if (a.samples != b.samples)
        changes.push_back({kSamples, SettingsUndoTr::tr("change samples to %1").arg(b.samples)});
    if (a.softplusBeta != b.softplusBeta)
        changes.push_back(
            {kSoftplusBeta,
             SettingsUndoTr::tr("change softplus \u03b2 to %1").arg(num(b.softplusBeta))});
    if (a.pinned != b.pinned) {
        QString text = SettingsUndoTr::tr("change pinned curves");
        if (b.pinned.size() == a.pinned.size() + 1)
            text = SettingsUndoTr::tr("pin %1").arg(b.pinned.back().label);
        if (a.pinned.size() == b.pinned.size() + 1) {
            // The first one that is no longer where it was is the one removed.
            size_t i = 0;
            while (i < b.pinned.size() && a.pinned[i] == b.pinned[i])
                ++i;
            text = SettingsUndoTr::tr("unpin %1").arg(a.pinned[i].label);
        }
        changes.push_back({kPins, text});
    }
    if (changes.size() == 1) return changes.front();
    return {kExplorer, SettingsUndoTr::tr("change explorer settings")};
}

QString activationName(core::HiddenActivation a)
{
    switch (a) {
        case core::HiddenActivation::Relu:
            return SettingsUndoTr::tr("ReLU");
        case core::HiddenActivation::Leaky:
            return SettingsUndoTr::tr("Leaky ReLU");
        case core::HiddenActivation::Prelu:
            return SettingsUndoTr::tr("PReLU");
        case core::HiddenActivation::Maxout:
            return SettingsUndoTr::tr("Maxout");
        case core::HiddenActivation::Sigmoid:
            return SettingsUndoTr::tr("Sigmoid");
        case core::HiddenActivation::Tanh:
            return SettingsUndoTr::tr("Tanh");
    }
    return {};
}

// The names the training panel's combo boxes show, not the command line's keys.
QString initName(core::InitScheme init)
{
    switch (init) {
        case core::InitScheme::HeNormal:
            return SettingsUndoTr::tr("He normal");
        case core::InitScheme::HeUniform:
            return SettingsUndoTr::tr("He uniform");
        case core::InitScheme::Xavier:
            return SettingsUndoTr::tr("Xavier");
    }
    return {};
}

QString optimizerName(core::OptimizerKind optimizer)
{
    switch (optimizer) {
        case core::OptimizerKind::Sgd:
            return SettingsUndoTr::tr("SGD");
        case core::OptimizerKind::Momentum:
            return SettingsUndoTr::tr("Momentum");
        case core::OptimizerKind::Adam:
            return SettingsUndoTr::tr("Adam");
    }
    return {};
}

QString widths(const std::vector<int> &hidden)
{
    QStringList parts;
    for (int w : hidden)
        parts << QString::number(w);
    return parts.join(QLatin1Char(','));
}

Change describe(const session::TrainingSetup &a, const session::TrainingSetup &b)
{
    const core::TrainingConfig &x = a.config;
    const core::TrainingConfig &y = b.config;
    const core::NetworkConfig &m = x.network;
    const core::NetworkConfig &n = y.network;
    // A new data set also drops the user's own examples: one change, named after the set.
    if (a.dataset != b.dataset) {
        session::TrainingSetup rest = b;
        rest.dataset = a.dataset;
        rest.data = a.data;
        if (rest == a)
            return {kTraining, SettingsUndoTr::tr("change data set to %1").arg(b.dataset)};
    }
    QString ownData = SettingsUndoTr::tr("change the examples");
    if (b.data.size() == a.data.size() + 1 || (a.data.size() == 0 && b.data.size() > 0))
        ownData = SettingsUndoTr::tr("add an example");
    if (a.data.size() == b.data.size() + 1) ownData = SettingsUndoTr::tr("remove an example");
    const std::vector<std::pair<bool, QString>> fields = {
        {a.dataset != b.dataset, SettingsUndoTr::tr("change data set to %1").arg(b.dataset)},
        {a.samples != b.samples, SettingsUndoTr::tr("change samples to %1").arg(b.samples)},
        {a.noise != b.noise, SettingsUndoTr::tr("change noise to %1").arg(num(b.noise))},
        {a.data != b.data, ownData},
        {m.hidden != n.hidden,
         SettingsUndoTr::tr("change hidden layers to %1").arg(widths(n.hidden))},
        {m.activation != n.activation,
         SettingsUndoTr::tr("change activation to %1").arg(activationName(n.activation))},
        {m.alpha != n.alpha,
         SettingsUndoTr::tr("change the network's \u03b1 to %1").arg(num(n.alpha))},
        {m.pieces != n.pieces, SettingsUndoTr::tr("change pieces per unit to %1").arg(n.pieces)},
        {m.init != n.init, SettingsUndoTr::tr("change initialisation to %1").arg(initName(n.init))},
        {m.biasInit != n.biasInit,
         SettingsUndoTr::tr("change bias init to %1").arg(num(n.biasInit))},
        {x.optimizer != y.optimizer,
         SettingsUndoTr::tr("change optimiser to %1").arg(optimizerName(y.optimizer))},
        {x.learningRate != y.learningRate,
         SettingsUndoTr::tr("change learning rate to %1").arg(num(y.learningRate))},
        {x.batchSize != y.batchSize, SettingsUndoTr::tr("change batch to %1").arg(y.batchSize)},
        {x.l2 != y.l2, SettingsUndoTr::tr("change L2 to %1").arg(num(y.l2))},
        {x.seed != y.seed, SettingsUndoTr::tr("change seed to %1").arg(y.seed)},
    };
    int changed = -1;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (!fields[i].first) continue;
        if (changed >= 0) return {kTrainingMany, SettingsUndoTr::tr("change training setup")};
        changed = static_cast<int>(i);
    }
    if (changed < 0) return {kTrainingMany, SettingsUndoTr::tr("change training setup")};
    return {kTraining + changed, fields[static_cast<size_t>(changed)].second};
}

bool isContinuousTraining(int kind)
{
    // Numbers typed or stepped in spin boxes: samples, noise, alpha, pieces, bias init, learning
    // rate, batch, L2, seed (by field index above).
    static const int fields[] = {1, 2, 6, 7, 9, 11, 12, 13, 14};
    return std::find(std::begin(fields), std::end(fields), kind - kTraining) != std::end(fields);
}

// The setups as far as undo is concerned: the kink convention belongs to the explorer.
bool sameForUndo(session::TrainingSetup a, const session::TrainingSetup &b)
{
    a.config.network.convention = b.config.network.convention;
    return a == b;
}

template <class Value>
class ValueCommand : public QUndoCommand
{
public:
    using Apply = void (SettingsUndo::*)(const Value &);

    ValueCommand(SettingsUndo *owner, Apply apply, Value before, Value after, const Change &change,
                 bool mergeable)
        : m_owner(owner),
          m_apply(apply),
          m_before(std::move(before)),
          m_after(std::move(after)),
          m_kind(change.kind),
          m_mergeable(mergeable)
    {
        setText(change.text);
    }

    int id() const override { return m_kind; }
    void undo() override { (m_owner->*m_apply)(m_before); }
    void redo() override
    {
        // Pushed after the change happened: the first redo has nothing to do.
        if (m_done) {
            m_done = false;
            return;
        }
        (m_owner->*m_apply)(m_after);
    }
    bool mergeWith(const QUndoCommand *other) override
    {
        // Equal ids mean one kind, and kinds never cross between explorer and training.
        const auto *next = static_cast<const ValueCommand *>(other);
        if (!next->m_mergeable) return false;
        m_after = next->m_after;
        setText(next->text());
        setObsolete(m_after == m_before);  // dragged back to where it started: no step at all
        return true;
    }

private:
    SettingsUndo *m_owner;
    Apply m_apply;
    Value m_before;
    Value m_after;
    int m_kind;
    bool m_mergeable;
    bool m_done = true;
};

}  // namespace

SettingsUndo::SettingsUndo(session::ExplorerState *state, session::TrainingSetupModel *setup,
                           QObject *parent)
    : QObject(parent), m_state(state), m_setupModel(setup), m_stack(this)
{
    m_stack.setObjectName(QStringLiteral("settingsUndoStack"));
    m_explorer = m_state->settings();
    m_setup = m_setupModel->setup();
    using S = session::ExplorerState;
    for (auto signal : {&S::piecesChanged, &S::visibilityChanged, &S::pinnedChanged})
        connect(m_state, signal, this, &SettingsUndo::explorerChanged);
    connect(m_state, &S::alphaChanged, this, &SettingsUndo::explorerChanged);
    connect(m_state, &S::rangeChanged, this, &SettingsUndo::explorerChanged);
    connect(m_state, &S::conventionChanged, this, &SettingsUndo::explorerChanged);
    connect(m_state, &S::showSubgradientChanged, this, &SettingsUndo::explorerChanged);
    connect(m_state, &S::samplesChanged, this, &SettingsUndo::explorerChanged);
    connect(m_state, &S::softplusBetaChanged, this, &SettingsUndo::explorerChanged);
    connect(m_setupModel, &session::TrainingSetupModel::setupChanged, this,
            &SettingsUndo::setupChanged);
    // Mouse presses and releases anywhere in the application delimit gestures.
    qApp->installEventFilter(this);
}

SettingsUndo::~SettingsUndo()
{
    qApp->removeEventFilter(this);
}

void SettingsUndo::reset()
{
    m_stack.clear();
    m_stack.setClean();
    m_explorer = m_state->settings();
    m_setup = m_setupModel->setup();
    m_lastKind = -1;
}

bool SettingsUndo::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
            m_mouseDown = true;
            ++m_gesture;
            break;
        case QEvent::MouseButtonRelease:
            m_mouseDown = false;
            ++m_gesture;
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

bool SettingsUndo::mayMerge(int kind) const
{
    if (kind != m_lastKind || m_gesture != m_lastGesture) return false;
    if (!isContinuous(kind) && !isContinuousTraining(kind)) return false;
    return m_mouseDown || (m_sinceLast.isValid() && m_sinceLast.elapsed() < kMergeMs);
}

void SettingsUndo::pushed(int kind)
{
    m_lastKind = kind;
    m_lastGesture = m_gesture;
    m_sinceLast.restart();
}

void SettingsUndo::explorerChanged()
{
    const session::ExplorerSettings now = m_state->settings();
    if (m_applying || now == m_explorer) {
        m_explorer = now;
        return;
    }
    const Change change = describe(m_explorer, now);
    auto *command = new ValueCommand<session::ExplorerSettings>(
        this, &SettingsUndo::applyExplorer, m_explorer, now, change, mayMerge(change.kind));
    m_explorer = now;
    m_stack.push(command);
    pushed(change.kind);
}

void SettingsUndo::setupChanged()
{
    const session::TrainingSetup &setup = m_setupModel->setup();
    if (m_applying || sameForUndo(setup, m_setup)) {
        m_setup = setup;
        return;
    }
    const Change change = describe(m_setup, setup);
    auto *command = new ValueCommand<session::TrainingSetup>(
        this, &SettingsUndo::applySetup, m_setup, setup, change, mayMerge(change.kind));
    m_setup = setup;
    m_stack.push(command);
    pushed(change.kind);
}

void SettingsUndo::applyExplorer(const session::ExplorerSettings &settings)
{
    m_applying = true;
    m_state->apply(settings);
    m_applying = false;
    m_explorer = m_state->settings();
    m_lastKind = -1;  // nothing merges into a command across an undo or redo
}

void SettingsUndo::applySetup(const session::TrainingSetup &setup)
{
    // The kink convention is the explorer's, not undone with the training setup.
    session::TrainingSetup edit = setup;
    edit.config.network.convention = m_setupModel->convention();
    m_applying = true;
    m_setupModel->apply(edit);
    m_applying = false;
    m_setup = m_setupModel->setup();
    m_lastKind = -1;
}

}  // namespace relulab::gui
