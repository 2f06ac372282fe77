#include "simulator/SimHttpServer.h"

#include "simulator/SimExchange.h"
#include "simulator/SimResponse.h"

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(std::make_shared<SimExchange>(request, socket));
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SimExchange(request, socket).send(SimResponse::empty(404));
}
