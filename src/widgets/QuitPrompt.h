#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

// Asks whether to quit while instances keep billing. Asynchronous (open(), never exec()) for the
// Quit command; injected so that tests answer it by subclassing. Only logout, where the session
// manager needs the answer before commitDataRequest returns, uses the blocking askNow().
class QuitPrompt : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitPrompt)

public:
    struct Question
    {
        QString title;
        QString text;            // "2 instances keep billing after GPU Fleet quits: $3.78/h."
        QString informativeText; // one line per instance: name, account, price
        QString quitLabel;       // "Quit anyway"
        QString keepLabel;       // "Keep running in tray"
    };
    using Callback = std::function<void(bool quit)>;

    using QObject::QObject;
    ~QuitPrompt() override = default;

    // `done` runs once, later (never inside the call); dropped if `context` dies first.
    virtual void ask(QWidget *parent, const Question &question, QObject *context, Callback done);
    // Blocks in a nested event loop: for session logout only.
    virtual bool askNow(QWidget *parent, const Question &question);
};
