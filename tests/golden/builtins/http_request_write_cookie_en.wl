// <httpRequest>.WriteCookie(domain, name, value) (?1000021607): the cookie method named
// verb first, as the page writes it, is HTTPCookieWrite given the request; .ReadCookie and
// .ManageCookie likewise (the page names .ManageCookie; .ReadCookie by analogy). It was
// "Unknown method 'WriteCookie'" (WL109 in wl check). Sending it: tests/stdlib/
// test_http_cookie_manage.py. French twin: http_requete_ecrit_cookie_fr.wl.
r is httpRequest
r.URL = "http://shop.test/cart"
r.WriteCookie(".shop.test", "lang", "fr")
Trace(r.ReadCookie("www.shop.test", "lang")) // expect: fr
c is array of Cookie = HTTPCookieGet(r, "shop.test")
Trace(ArrayCount(c), c[1].Name, c[1].Value, c[1].Domain) // expect: 1, lang, fr, .shop.test
// the request's own cookies, not the run's
Trace(HTTPCookieRead("www.shop.test", "lang") = "") // expect: 1
r.ManageCookie(False)
r.CookieWrite(".shop.test", "lang", "en")
Trace(r.ReadCookie("shop.test", "lang")) // expect: en
