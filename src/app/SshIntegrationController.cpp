#include "app/SshIntegrationController.h"

#include "app/SshConfigSync.h"
#include "widgets/ActivityLog.h"
#include "widgets/ConfirmationPrompt.h"
#include "widgets/MainWindow.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

SshIntegrationController::SshIntegrationController(MainWindow &window, SshConfigSync *sync, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sync(sync)
{
    connect(&window, &MainWindow::addToSshConfigRequested, this, &SshIntegrationController::addToSshConfig);
    connect(&window, &MainWindow::openInVsCodeRequested, this, &SshIntegrationController::openInVsCode);
    if (sync) {
        connect(sync, &SshConfigSync::failed, this,
                [this](const QString &message) { report(tr("Update SSH config"), message, true); });
    }
}

QString SshIntegrationController::remoteHome(const QString &user)
{
    if (user.isEmpty())
        return {};
    return user == u"root"_s ? u"/root"_s : u"/home/"_s + user;
}

void SshIntegrationController::report(const QString &what, const QString &message, bool error)
{
    m_window.activityLog()->addEntry({}, what, message, error);
    m_window.showStatusMessage(message, error ? 20000 : 10000);
}

QString SshIntegrationController::overrideWarning() const
{
    return m_sync->writer().overrideWarnings().value(0);
}

void SshIntegrationController::withManagedEntry(const QString &key, const QString &what, EntryCallback then)
{
    if (!m_sync) {
        report(what, tr("The demo leaves your SSH config alone."), false);
        return;
    }
    if (!m_sync->entryFor(key)) {
        report(what,
               tr("This instance has no SSH alias: it is not running, or its address cannot be written "
                  "to an SSH config."),
               true);
        return;
    }
    const SshConfigWriter &writer = m_sync->writer();
    // The setting alone is not enough: the user may have taken the Include line out by hand.
    if (m_sync->isEnabled() && writer.hasInclude()) {
        continueManaged(key, what, then);
        return;
    }
    ConfirmationPrompt::Question question;
    question.title = tr("Add to SSH config");
    question.text = tr("Let GPU Fleet keep SSH entries for your instances?");
    question.informativeText =
        tr("GPU Fleet adds the line “%1” at the top of ~/.ssh/config and keeps one Host entry per running "
           "instance in %2. Nothing else in your SSH config is changed; Settings turns this off again.")
            .arg(writer.includeLine(), QDir::toNativeSeparators(writer.managedConfigPath()));
    question.acceptLabel = tr("Add the Include line");
    m_window.confirmationPrompt()->ask(&m_window, question, this,
                                       [this, key, what, then = std::move(then)](bool yes) {
                                           if (!yes)
                                               return;
                                           if (!m_sync->enable()) {
                                               report(what,
                                                      tr("Could not add the Include line to "
                                                         "~/.ssh/config: %1")
                                                          .arg(m_sync->errorString()),
                                                      true);
                                               return;
                                           }
                                           continueManaged(key, what, then);
                                       });
}

void SshIntegrationController::continueManaged(const QString &key, const QString &what,
                                               const EntryCallback &then)
{
    // Now, not after the debounce: the alias must work the moment it is shown.
    if (!m_sync->syncNow()) {
        m_window.showStatusMessage(tr("Could not update your SSH config: %1").arg(m_sync->errorString()),
                                   20000);
        return;
    }
    // Looked up again: the instance may have gone while the question was open.
    const auto entry = m_sync->entryFor(key);
    if (!entry) {
        report(what, tr("The instance is no longer running."), true);
        return;
    }
    then(*entry);
}

void SshIntegrationController::addToSshConfig(const QString &key)
{
    const QString what = tr("Add to SSH config");
    withManagedEntry(key, what, [this, what](const SshConfigWriter::HostEntry &entry) {
        const QString command = u"ssh "_s + entry.alias;
        QGuiApplication::clipboard()->setText(command);
        const QString warning = overrideWarning();
        const QString message = tr("“%1” works now; it is on the clipboard.").arg(command);
        report(what, warning.isEmpty() ? message : message + u' ' + warning, !warning.isEmpty());
    });
}

void SshIntegrationController::openInVsCode(const QString &key)
{
    const QString what = tr("Open in VS Code");
    withManagedEntry(key, what, [this, what](const SshConfigWriter::HostEntry &entry) {
        const QString folder = remoteHome(entry.user);
        const QString warning = overrideWarning();
        const QStringList command = SshConfigWriter::vsCodeCommand(entry.alias, folder);
        if (!command.isEmpty() && QProcess::startDetached(command.first(), command.mid(1))) {
            const QString message = tr("Opening %1 in VS Code…").arg(entry.alias);
            report(what, warning.isEmpty() ? message : message + u' ' + warning, !warning.isEmpty());
            return;
        }
        // Without the `code` launcher (Flatpak, Snap, not on PATH) the desktop's URL handler still
        // reaches VS Code: the user opens the link.
        const QString link = SshConfigWriter::vsCodeLink(entry.alias, folder);
        QGuiApplication::clipboard()->setText(link);
        report(what,
               tr("VS Code's “code” command was not found. The link %1 is on the clipboard: open it in a "
                  "browser or with xdg-open to reach VS Code.")
                   .arg(link),
               true);
    });
}
