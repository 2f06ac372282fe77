#pragma once

#include <QUrl>

// Decides where an API key may be sent: HTTPS anywhere, plain HTTP only to this machine
// (the simulator and tests). Pure; no network.
namespace EndpointPolicy {
[[nodiscard]] bool isLoopbackHost(const QString &host);
[[nodiscard]] bool mayCarryCredentials(const QUrl &url);
} // namespace EndpointPolicy
