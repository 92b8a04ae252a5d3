// URLDécode d'une URL qui mêle des séquences UTF-8 et un octet Windows-1252 isolé
// (jumeau de urldecode_mixed_bytes_en.wl) : chaque octet qui n'est pas de l'UTF-8 est lu
// en Windows-1252 là où il est ; avant, un seul octet faisait tout lire en Windows-1252.
Trace(URLDécode("caf%C3%A9%20cr%E8me")) // expect: café crème
Trace(URLDécode("caf%C3%A9"), URLDécode("cr%E8me"), URLDécode("%E2%82%AC+%80")) // expect: café, crème, € €
Trace(URLDécode("caf%C3%A9", encodeURLVersAnsi)) // expect: cafÃ©
