#pragma once

#include "widgets/ConfirmationPrompt.h"
#include "widgets/QuitPrompt.h"

#include <QList>
#include <QMetaObject>
#include <QObject>

// Prompt doubles for the tray tests: they answer at once instead of showing a dialog.
namespace TrayTesting {

// Answers the quit warning with a preset answer and remembers the question.
class ScriptedQuitPrompt final : public QuitPrompt
{
public:
    using QuitPrompt::QuitPrompt;
    void ask(QWidget *, const Question &question, QObject *context, Callback done) override
    {
        asked.append(question);
        QMetaObject::invokeMethod(
            context, [done, quit = quit] { done(quit); }, Qt::QueuedConnection);
    }
    bool askNow(QWidget *, const Question &question) override
    {
        asked.append(question);
        return quit;
    }
    bool quit = false;
    QList<Question> asked;
};

} // namespace TrayTesting
