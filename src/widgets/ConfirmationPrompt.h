#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

// Asks the user to confirm a destructive action, asynchronously: a window-modal message box opened
// with open(), never exec(). Injected into the widgets that need it, so tests answer by subclassing
// instead of a global "next answer" switch.
class ConfirmationPrompt : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmationPrompt)

public:
    struct Question
    {
        QString title;
        QString text;            // the question, one line
        QString informativeText; // what is affected and what is lost
        QString acceptLabel;     // e.g. "Delete 3 instances"
    };
    using Callback = std::function<void(bool accepted)>;

    using QObject::QObject;
    ~ConfirmationPrompt() override = default;

    /**
     * Shows `question` over `parent`. `done` runs once, later (never inside the call), with the
     * answer; it is dropped if `context` is destroyed first. Cancel is the default button.
     */
    virtual void ask(QWidget *parent, const Question &question, QObject *context, Callback done);
};
