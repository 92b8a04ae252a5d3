// a property a library type's variable does not have stops the run, and `wl check` says
// so before (WL109, with the run's words and a "did you mean"); the ones it has still read
c is ftpConnection
c.Server = "ftp.example.org"
Trace(c.Server, c..PortNumber) // expect: ftp.example.org, 21
WHEN EXCEPTION IN
    Trace(c.Sever) // wl: ignore[WL109]
DO
    Trace(ExceptionInfo()) // expect: An ftpConnection variable has no property 'Sever' (wlinterp has Server, User, Password, PortNumber, ConnectionType, Timeout, PrivateKey, PrivateKeyPassword, FTPESMode).
END
g is geoPosition
g.Latitude = 48.85
Trace(g..Latitude) // expect: 48.85
WHEN EXCEPTION IN
    Trace(g..Latitud) // wl: ignore[WL109]
DO
    Trace(ExceptionInfo()) // expect: A geoPosition variable has no property 'Latitud' (wlinterp has Latitude, Longitude and Altitude).
END
a is emailAttach
WHEN EXCEPTION IN
    Trace(a.Nme) // wl: ignore[WL109]
DO
    Trace(ExceptionInfo()) // expect: 'Nme' is not a member of emailAttach (Name, Content, ContentType, Identifier).
END
