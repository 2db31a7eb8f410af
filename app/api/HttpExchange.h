#pragma once

// HttpExchange: one request over a connection of its own (a fresh QTcpSocket, or a QSslSocket for https) with
// "Connection: close", and the one response read back. It never sends the request a second time and never follows
// a redirect, whatever fails: NetworkTransport uses it for every write, because Qt's HTTP connection pool resends a
// request whose connection closed before the response arrived (see NetworkTransport.cpp). Lives on the thread that
// created it; emits finished() exactly once (also after abort()), then deletes itself.

#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include "app/api/HttpResponseParser.h"
#include "app/api/Transport.h"

class QTcpSocket;

class HttpExchange : public TransportReply
{
    Q_DECLARE_TR_FUNCTIONS(NetworkTransport)

public:
    struct Limits
    {
        qsizetype maxHeadBytes = HttpResponseParser::DefaultMaxHeadBytes;
        qint64 maxBodyBytes = HttpResponseParser::DefaultMaxBodyBytes;
    };

    // Connects once control returns to the event loop. `tls` is used for https (CA, client certificate, verify
    // mode); certificate errors are ignored only when verifyTls is false.
    HttpExchange(const TransportRequest &request, const QSslConfiguration &tls, bool verifyTls,
                 QObject *parent = nullptr);
    HttpExchange(const TransportRequest &request, const QSslConfiguration &tls, bool verifyTls, Limits limits,
                 QObject *parent = nullptr);

    void abort() override;

private:
    void start();
    void sendRequest();
    void onReadyRead();
    void onEndOfInput();
    void onSocketError();
    void onResponseComplete();
    void fail(ApiError error);
    void finish(const TransportOutcome &outcome);
    QByteArray serializedRequest(QString *problem) const;

    TransportRequest m_request;
    QString m_method; // for messages
    QString m_path;
    QByteArray m_outgoing; // the request as it goes on the wire, until it is written
    QSslConfiguration m_tls;
    bool m_verifyTls;
    HttpResponseParser m_parser;
    QTcpSocket *m_socket = nullptr; // a QSslSocket for https; a child of this
    QTimer m_timer;
    QList<QSslError> m_sslErrors;
    qint64 m_reportedBody = -1;
    bool m_written = false; // bytes of the request were handed to the socket: the server may have them
    bool m_done = false;
};
