#pragma once

#include "widgets/ConfirmationPrompt.h"

#include <QList>
#include <QMetaObject>

// A ConfirmationPrompt for GUI tests: answers every question with a preset answer (queued, as a
// real dialog would) and remembers what was asked.
class ScriptedPrompt final : public ConfirmationPrompt
{
public:
    using ConfirmationPrompt::ConfirmationPrompt;
    void ask(QWidget *, const Question &question, QObject *context, Callback done) override
    {
        asked.append(question);
        QMetaObject::invokeMethod(
            context,
            [this, done, answer = answer] {
                done(answer);
                ++answered;
            },
            Qt::QueuedConnection);
    }
    bool answer = false;
    QList<Question> asked;
    int answered = 0;
};
