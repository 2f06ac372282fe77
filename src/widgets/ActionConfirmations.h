#pragma once

#include "core/Instance.h"
#include "widgets/ConfirmationPrompt.h"

#include <functional>

// The wording of the questions asked before acting on instances: which instances (name, id,
// account) and what is lost. One question for a whole selection. Pure text, no widgets.
namespace ActionConfirmations {
using AccountLabel = std::function<QString(const QString &accountId)>;

ConfirmationPrompt::Question deleteQuestion(const QList<Instance> &instances, const AccountLabel &label);
// Stop or restart of several instances at once.
ConfirmationPrompt::Question stopQuestion(const QList<Instance> &instances, const AccountLabel &label);
ConfirmationPrompt::Question restartQuestion(const QList<Instance> &instances, const AccountLabel &label);
} // namespace ActionConfirmations
