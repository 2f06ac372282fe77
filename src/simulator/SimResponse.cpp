#include "simulator/SimResponse.h"

#include <QJsonDocument>

SimResponse SimResponse::json(int status, const QJsonObject &object)
{
    SimResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

SimResponse SimResponse::json(int status, const QJsonArray &array)
{
    SimResponse response;
    response.status = status;
    response.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return response;
}

SimResponse SimResponse::empty(int status)
{
    SimResponse response;
    response.status = status;
    response.contentType.clear();
    return response;
}
