#include "providers/ProviderError.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProviderError", text);
}

} // namespace

QString ProviderError::message() const
{
    QString base;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        base = tr("Could not reach the provider");
        break;
    case Kind::Timeout:
        base = tr("The provider did not answer in time");
        break;
    case Kind::Auth:
        base = tr("The API key was rejected (check or replace the key)");
        break;
    case Kind::Forbidden:
        base = tr("The API key is not allowed to do this (missing scope, permission or account tier)");
        break;
    case Kind::NotFound:
        base = tr("Instance not found");
        break;
    case Kind::RateLimited:
        base = tr("Rate limited by the provider; retrying later");
        break;
    case Kind::Validation:
        base = tr("The provider refused the request");
        break;
    case Kind::Conflict:
        base = tr("The instance is not in a state that allows this");
        break;
    case Kind::Server:
        base = tr("The provider had an internal error");
        break;
    case Kind::BadResponse:
        base = tr("The provider sent a response GPU Fleet cannot read");
        break;
    case Kind::InsecureEndpoint:
        base = tr("Refused to send the API key over plain HTTP to a non-local host; use https://");
        break;
    case Kind::Unsupported:
        base = tr("The provider does not support this action");
        break;
    case Kind::Cancelled:
        base = tr("Cancelled");
        break;
    }
    QString text = base;
    if (httpStatus > 0)
        text += u" (HTTP "_s + QString::number(httpStatus) + u")"_s;
    if (!providerMessage.isEmpty() && providerMessage != base)
        text += u": "_s + providerMessage;
    return text;
}

QString ProviderError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Auth:
        return u"auth"_s;
    case Kind::Forbidden:
        return u"forbidden"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::Validation:
        return u"validation"_s;
    case Kind::Conflict:
        return u"conflict"_s;
    case Kind::Server:
        return u"server"_s;
    case Kind::BadResponse:
        return u"bad-response"_s;
    case Kind::InsecureEndpoint:
        return u"insecure-endpoint"_s;
    case Kind::Unsupported:
        return u"unsupported"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

ProviderError ProviderError::make(Kind kind, const QString &providerMessage, int httpStatus)
{
    ProviderError error;
    error.kind = kind;
    error.providerMessage = providerMessage;
    error.httpStatus = httpStatus;
    return error;
}

ProviderError::Kind ProviderError::kindForHttpStatus(int status)
{
    if (status >= 200 && status < 300)
        return Kind::None;
    switch (status) {
    case 401:
        return Kind::Auth;
    case 403:
        return Kind::Forbidden;
    case 404:
    case 410:
        return Kind::NotFound;
    case 408:
        return Kind::Timeout;
    case 409:
        return Kind::Conflict;
    case 429:
        return Kind::RateLimited;
    case 501:
        return Kind::Unsupported;
    default:
        break;
    }
    if (status >= 500)
        return Kind::Server;
    if (status >= 400)
        return Kind::Validation;
    return Kind::BadResponse; // 1xx/3xx left over after redirects were refused
}
