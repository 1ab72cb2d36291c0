#include "gui/training/ProbePanel.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include "gui/training/DiagramProbe.h"
#include "session/CompareRun.h"
#include "session/ExplorerText.h"

namespace relulab::gui {

namespace {

QString number(double v)
{
    return probeNumber(v);
}

// A factor in a product: negative numbers in parentheses.
QString factor(double v)
{
    return v < 0 ? QStringLiteral("(%1)").arg(number(v)) : number(v);
}

QString functionName(core::HiddenActivation a)
{
    switch (a) {
        case core::HiddenActivation::Relu:
            return QStringLiteral("ReLU");
        case core::HiddenActivation::Leaky:
            return QStringLiteral("Leaky");
        case core::HiddenActivation::Prelu:
            return QStringLiteral("PReLU");
        case core::HiddenActivation::Maxout:
            return QStringLiteral("max");
        case core::HiddenActivation::Sigmoid:
            return QStringLiteral("\u03c3");
        case core::HiddenActivation::Tanh:
            return QStringLiteral("tanh");
    }
    return {};
}

// "x₁", "x₂" or "a₃ (1·3)": what feeds a unit of hidden layer `layer`.
QString inputName(int layer, int index, int inputs)
{
    if (layer == 0)
        return inputs == 1 ? QStringLiteral("x") : QStringLiteral("x<sub>%1</sub>").arg(index + 1);
    return QStringLiteral("a<sub>%1\u00b7%2</sub>").arg(layer).arg(index + 1);
}

}  // namespace

ProbePanel::ProbePanel(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Calculation at the probed point"));
    setToolTip(
        tr("The selected unit's sum at the probed point: inputs \u00d7 weights + bias = "
           "z, then f(z) and f\u2032(z). Hover the data plot to probe a point, click to "
           "pin it."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(scroll);
    auto *content = new QWidget;
    auto *inner = new QVBoxLayout(content);
    inner->setContentsMargins(6, 4, 6, 4);
    scroll->setWidget(content);
    m_label = new QLabel;
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAccessibleName(tr("Calculation at the probed point"));
    inner->addWidget(m_label);
    inner->addStretch(1);
    setState({});
}

QSize ProbePanel::sizeHint() const
{
    return {QWidget::sizeHint().width(), fontMetrics().lineSpacing() * 11};
}

QSize ProbePanel::minimumSizeHint() const
{
    return {QWidget::minimumSizeHint().width(), fontMetrics().lineSpacing() * 3};
}

QString ProbePanel::text() const
{
    return m_label->text();
}

void ProbePanel::setState(State state)
{
    m_state = std::move(state);
    QString html = headerText();
    if (m_state.at && m_state.main) {
        const Run &run = *m_state.main;
        if (m_state.compare) html += pathText(run) + pathText(*m_state.compare);
        html += regionText();
        html += unitText(run);
    }
    m_label->setText(html);
    m_label->setAccessibleDescription(QTextDocumentFragment::fromHtml(html).toPlainText());
}

QString ProbePanel::headerText() const
{
    if (!m_state.at)
        return tr(
            "<p><b>Probe</b>: hover the data plot to see the network at a point; click to "
            "pin it.</p>");
    if (!m_state.main) return tr("<p><b>Probe</b>: no network yet.</p>");
    const core::ProbePath &p = m_state.main->path;
    QString where;
    if (p.input.size() == 1)
        where = QStringLiteral("x = %1").arg(number(p.input[0]));
    else if (p.input.size() >= 2)
        where = QStringLiteral("x<sub>1</sub> = %1, x<sub>2</sub> = %2")
                    .arg(number(p.input[0]), number(p.input[1]));
    const QString state =
        m_state.pinned ? tr("pinned: click or Esc releases, arrows move it") : tr("click to pin");
    const QString output = p.predictedClass < 0 ? tr("\u0177 = %1").arg(number(p.prediction))
                                                : tr("\u0177 = p(class 1) = %1 \u2192 class %2")
                                                      .arg(number(p.prediction))
                                                      .arg(p.predictedClass);
    return QStringLiteral("<p><b>%1</b> at %2 <i>(%3)</i><br>%4</p>")
        .arg(tr("Probe"), where, state, output);
}

QString ProbePanel::pathText(const Run &run) const
{
    // One mark per unit, layer by layer: ● on at the point, ○ off.
    QStringList layers;
    size_t flat = 0;
    const core::Mlp &net = *run.network;
    for (int l = 0; l < net.hiddenLayers(); ++l) {
        QString marks;
        int on = 0;
        for (int u = 0; u < net.width(l) && flat < run.path.units.size(); ++u, ++flat) {
            const bool isOn = run.path.units[flat].on;
            on += isOn;
            marks += isOn ? QStringLiteral("\u25cf") : QStringLiteral("\u25cb");
        }
        layers << tr("layer %1 %2 (%3 on)").arg(l + 1).arg(marks).arg(on);
    }
    const core::ProbePath &p = run.path;
    const QString output =
        p.predictedClass < 0
            ? tr("\u0177 = %1").arg(number(p.prediction))
            : tr("\u0177 = %1 \u2192 class %2").arg(number(p.prediction)).arg(p.predictedClass);
    return QStringLiteral("<p><b>%1</b>: %2<br>%3</p>")
        .arg(run.name, output, layers.join(QStringLiteral("<br>")));
}

QString ProbePanel::regionText() const
{
    if (!m_state.region || !m_state.main) return {};
    const State::Region &r = *m_state.region;
    const core::Mlp &net = *m_state.main->network;
    const bool maxout = net.config().activation == core::HiddenActivation::Maxout;
    // The pattern layer by layer: ● on, ○ off; maxout: the winning piece's number.
    QStringList layers;
    size_t flat = 0;
    for (int l = 0; l < net.hiddenLayers(); ++l) {
        QString marks;
        for (int u = 0; u < net.width(l) && flat < r.pattern.size(); ++u, ++flat) {
            if (maxout)
                marks += QString::number(r.pattern[flat] + 1);
            else
                marks += r.pattern[flat] == core::kUnitOn ? QStringLiteral("\u25cf")
                                                          : QStringLiteral("\u25cb");
        }
        layers << marks;
    }
    const bool regression = net.config().task == core::TaskKind::Regression;
    QString affine = QStringLiteral("%1\u00b7x<sub>1</sub>").arg(number(r.output.a));
    if (net.config().inputs == 1) affine = QStringLiteral("%1\u00b7x").arg(number(r.output.a));
    if (net.config().inputs >= 2)
        affine += QStringLiteral(" %1 %2\u00b7x<sub>2</sub>")
                      .arg(r.output.b < 0 ? QStringLiteral("\u2212") : QStringLiteral("+"),
                           number(std::abs(r.output.b)));
    affine += QStringLiteral(" %1 %2").arg(
        r.output.c < 0 ? QStringLiteral("\u2212") : QStringLiteral("+"),
        number(std::abs(r.output.c)));
    return tr("<p><b>Linear region %1 of %2</b>: pattern %3<br>on it the network is affine: "
              "%4 = %5</p>")
        .arg(r.index + 1)
        .arg(r.count)
        .arg(layers.join(QStringLiteral(" | ")), regression ? tr("\u0177") : tr("logit"), affine);
}

QString ProbePanel::unitText(const Run &run) const
{
    const core::Mlp &net = *run.network;
    const session::UnitRef ref = m_state.unit;
    if (!ref.isValid() || ref.layer >= net.hiddenLayers() || ref.unit >= net.width(ref.layer))
        return tr("<p>Select a unit in the diagram to see its sum here.</p>");
    int flat = ref.unit;
    for (int l = 0; l < ref.layer; ++l)
        flat += net.width(l);
    const core::ProbeUnit &u = run.path.units[static_cast<size_t>(flat)];
    const core::UnitSum sum = core::unitSum(net, run.path, ref.layer, ref.unit);
    const int pieces = static_cast<int>(sum.bias.size());
    const core::NetworkConfig &config = net.config();

    // The table: one row per input, one column of weights per piece.
    QString html = tr("<p><b>Unit %1\u00b7%2</b> (layer %1, unit %2), %3:</p>")
                       .arg(ref.layer + 1)
                       .arg(ref.unit + 1)
                       .arg(session::runName(config));
    html += QStringLiteral(
                "<table cellspacing=0 cellpadding=2><tr><th align=left>%1</th>"
                "<th align=right>%2</th>")
                .arg(tr("input"), tr("value"));
    for (int p = 0; p < pieces; ++p)
        html +=
            QStringLiteral("<th align=right>%1</th>")
                .arg(pieces == 1 ? tr("\u00d7 weight") : tr("\u00d7 w<sub>%1</sub>").arg(p + 1));
    if (pieces == 1) html += QStringLiteral("<th align=right>%1</th>").arg(tr("= term"));
    html += QStringLiteral("</tr>");
    for (size_t i = 0; i < sum.inputs.size(); ++i) {
        html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td>")
                    .arg(inputName(ref.layer, static_cast<int>(i), config.inputs),
                         number(sum.inputs[i]));
        for (int p = 0; p < pieces; ++p)
            html += QStringLiteral("<td align=right>%1</td>")
                        .arg(number(sum.weights[static_cast<size_t>(p)][i]));
        if (pieces == 1)
            html += QStringLiteral("<td align=right>%1</td>")
                        .arg(number(sum.weights[0][i] * sum.inputs[i]));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr><td>%1</td><td></td>").arg(tr("+ bias"));
    for (int p = 0; p < pieces; ++p)
        html += QStringLiteral("<td align=right>%1</td>").arg(number(sum.bias[size_t(p)]));
    if (pieces == 1) html += QStringLiteral("<td align=right>%1</td>").arg(number(sum.bias[0]));
    html += QStringLiteral("</tr>");
    if (pieces > 1) {
        // Every piece's value; the winner in bold.
        html += QStringLiteral("<tr><td><b>%1</b></td><td></td>").arg(tr("= piece"));
        for (int p = 0; p < pieces; ++p) {
            const QString v = number(u.pieces[static_cast<size_t>(p)]);
            html += p == u.winner ? QStringLiteral("<td align=right><b>%1 \u2713</b></td>").arg(v)
                                  : QStringLiteral("<td align=right>%1</td>").arg(v);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    // The sum written out, then f and f'.
    QStringList terms;
    const auto &w = sum.weights[static_cast<size_t>(u.winner)];
    for (size_t i = 0; i < sum.inputs.size(); ++i)
        terms << QStringLiteral("%1\u00b7%2").arg(factor(w[i]), factor(sum.inputs[i]));
    terms << factor(sum.bias[static_cast<size_t>(u.winner)]);
    html +=
        QStringLiteral("<p>z = %1 = <b>%2</b>").arg(terms.join(QStringLiteral(" + ")), number(u.z));
    if (pieces > 1) html += tr(" (piece %1 wins)").arg(u.winner + 1);
    html += QStringLiteral("<br>f(z) = %1(%2) = <b>%3</b>, f\u2032(z) = <b>%4</b>")
                .arg(functionName(config.activation), number(u.z), number(u.activation),
                     number(u.derivative));
    if (u.z == 0.0 && !core::isSaturating(config.activation) &&
        config.activation != core::HiddenActivation::Maxout)
        html += tr("<br>z = 0 exactly: the kink. f\u2032(0) = %1 is the %2 convention's value.")
                    .arg(number(u.derivative), session::conventionWord(config.convention));
    else if (!core::isSaturating(config.activation) &&
             config.activation != core::HiddenActivation::Maxout)
        html += u.on ? tr("<br>On: z > 0, the unit passes its input.")
                     : tr("<br>Off: z \u2264 0, the unit passes %1.")
                           .arg(config.activation == core::HiddenActivation::Relu
                                    ? tr("nothing (0)")
                                    : tr("its slope \u00d7 z"));
    return html + QStringLiteral("</p>");
}

}  // namespace relulab::gui
