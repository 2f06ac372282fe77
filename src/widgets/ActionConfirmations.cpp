#include "widgets/ActionConfirmations.h"

#include "models/InstanceFormat.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ActionConfirmations", text, nullptr, n);
}

// At most this many lines name instances; the rest are counted, so the box stays on screen.
constexpr int MaxListed = 15;

QString listOf(const QList<Instance> &instances, const ActionConfirmations::AccountLabel &label)
{
    QStringList lines;
    for (const Instance &instance : instances) {
        if (lines.size() == MaxListed) {
            lines << QCoreApplication::translate("ActionConfirmations", "… and %n more", nullptr,
                                                 int(instances.size()) - MaxListed);
            break;
        }
        QString line = u"• "_s + instance.displayName();
        if (!instance.name.isEmpty() && instance.name != instance.id)
            line += u" ("_s + instance.id + u")"_s;
        line += u" — "_s
            + QCoreApplication::translate("ActionConfirmations", "%1 on %2")
                  .arg(label(instance.accountId), Providers::displayName(instance.provider));
        const QString gpus = InstanceFormat::gpus(instance.gpuModel, instance.gpuCount);
        if (!gpus.isEmpty())
            line += u", "_s + gpus;
        lines << line;
    }
    return lines.join(u'\n');
}
} // namespace

ConfirmationPrompt::Question ActionConfirmations::deleteQuestion(const QList<Instance> &instances,
                                                                 const AccountLabel &label)
{
    const int n = int(instances.size());
    ConfirmationPrompt::Question q;
    q.title = tr("Delete Instances", n);
    q.text = n == 1 ? tr("Delete the instance “%1”?").arg(instances.first().displayName())
                    : tr("Delete %n instance(s)?", n);
    q.informativeText = listOf(instances, label) + u"\n\n"_s
        + tr("Deleting destroys the instance(s) and everything on their disks: files, installed software, "
             "results not copied elsewhere. This cannot be undone. Billing stops once the deletion "
             "completes.",
             n);
    q.acceptLabel = n == 1 ? tr("Delete") : tr("Delete %n Instance(s)", n);
    return q;
}

ConfirmationPrompt::Question ActionConfirmations::stopQuestion(const QList<Instance> &instances,
                                                               const AccountLabel &label)
{
    const int n = int(instances.size());
    ConfirmationPrompt::Question q;
    q.title = tr("Stop Instances", n);
    q.text = tr("Stop %n instance(s)?", n);
    q.informativeText = listOf(instances, label) + u"\n\n"_s
        + tr("Running programs are ended and anything held only in memory is lost. Disks are kept; some "
             "providers keep billing for storage while stopped.");
    q.acceptLabel = tr("Stop %n Instance(s)", n);
    return q;
}

ConfirmationPrompt::Question ActionConfirmations::restartQuestion(const QList<Instance> &instances,
                                                                  const AccountLabel &label)
{
    const int n = int(instances.size());
    ConfirmationPrompt::Question q;
    q.title = tr("Restart Instances", n);
    q.text = tr("Restart %n instance(s)?", n);
    q.informativeText = listOf(instances, label) + u"\n\n"_s
        + tr("Running programs are ended and anything held only in memory is lost; SSH sessions drop.");
    q.acceptLabel = tr("Restart %n Instance(s)", n);
    return q;
}
