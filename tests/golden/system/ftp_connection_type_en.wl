// The ftpConnection type (?1410090869): its properties, their defaults (docs/builtins.md
// "The ftpConnection type"), and FTPConnect given it; no server listens on port 1 here,
// so the connection fails as FTPConnect's first syntax does (-1, ErrorOccurred).
// Sessions against a real FTP server: tests/stdlib/test_ftp_connection_type.py.
cnx is ftpConnection
Trace(cnx.Server = "", cnx.PortNumber, cnx.ConnectionType = ftpModePassive, cnx.FTPESMode) // expect: 1, 21, 1, 0
cnx.Server = "127.0.0.1"
cnx.PortNumber = 1
cnx.ConnectionType = ftpModeActive
cnx.Timeout = 2
cnx.PrivateKey = "key.pem"
Trace(cnx.SERVER, cnx.portnumber, cnx.ConnectionType = ftpModeActive, cnx.Timeout, cnx.PrivateKey) // expect: 127.0.0.1, 1, 1, 2, key.pem
Trace(FTPConnect(cnx), ErrorOccurred, FTPSize(cnx, "/x.txt")) // expect: -1, 1, -1
cnx.Host = "x" // expect error: An ftpConnection variable has no property 'Host'
