// <httpRequête>.EcritCookie(domaine, nom, valeur) : la méthode nommée verbe d'abord
// (?1000021607, .WriteCookie en anglais) est HTTPCookieEcrit donné la requête ; .LitCookie
// et .GèreCookie de même. Jumeau anglais : http_request_write_cookie_en.wl.
r est une httpRequête
r.URL = "http://boutique.test/panier"
r.EcritCookie(".boutique.test", "langue", "fr")
Trace(r.LitCookie("www.boutique.test", "langue")) // expect: fr
c est un tableau de Cookie = HTTPCookieRécupère(r, "boutique.test")
Trace(TableauOccurrence(c), c[1].Nom, c[1].Valeur, c[1].Domaine) // expect: 1, langue, fr, .boutique.test
// les cookies de la requête, pas ceux du programme
Trace(HTTPCookieLit("www.boutique.test", "langue") = "") // expect: 1
r.GèreCookie(Faux)
r.CookieEcrit(".boutique.test", "langue", "en")
Trace(r.LitCookie("boutique.test", "langue")) // expect: en
