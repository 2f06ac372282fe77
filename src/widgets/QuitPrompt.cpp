#include "widgets/QuitPrompt.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace {
QMessageBox *makeBox(QWidget *parent, const QuitPrompt::Question &question, QPushButton **quit)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, question.title, question.text, QMessageBox::NoButton, parent);
    box->setObjectName(u"quitPromptBox"_s);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(question.informativeText);
    *quit = box->addButton(question.quitLabel, QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(question.keepLabel, QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    return box;
}
} // namespace

void QuitPrompt::ask(QWidget *parent, const Question &question, QObject *context, Callback done)
{
    QPushButton *quit = nullptr;
    QMessageBox *box = makeBox(parent, question, &quit);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<QObject> receiver = context ? context : this;
    connect(box, &QMessageBox::finished, this, [box, quit, receiver, done = std::move(done)](int) {
        if (receiver)
            done(box->clickedButton() == quit);
    });
    box->open();
}

bool QuitPrompt::askNow(QWidget *parent, const Question &question)
{
    QPushButton *quit = nullptr;
    QMessageBox *box = makeBox(parent, question, &quit);
    box->exec(); // the session manager waits for this answer; nothing else can
    const bool result = box->clickedButton() == quit;
    delete box;
    return result;
}
