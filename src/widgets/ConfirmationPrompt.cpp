#include "widgets/ConfirmationPrompt.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

void ConfirmationPrompt::ask(QWidget *parent, const Question &question, QObject *context, Callback done)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, question.title, question.text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"confirmationBox"_s);
    box->setInformativeText(question.informativeText);
    box->setTextFormat(Qt::PlainText);
    QPushButton *accept = box->addButton(question.acceptLabel, QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    const QPointer<QObject> receiver = context ? context : this;
    connect(box, &QMessageBox::finished, this, [box, accept, receiver, done = std::move(done)](int) {
        if (receiver)
            done(box->clickedButton() == accept);
    });
    box->open();
}
