// Un script tapé en minuscules et sans accents (l'éditeur de WINDEV aurait réécrit le nom
// de chaque fonction dans la casse du catalogue) : l'erreur nomme la fonction comme le
// catalogue écrit le nom que la ligne appelle, accents compris (docs/semantics.md "A
// built-in is named as its catalogue spells it"), et un test sur ErreurInfo tient
r est une httprequete
r..url = "http://127.0.0.1:1/"
r..dureenonreponse = 500
rep est une httpreponse = httpenvoie(r)
trace(erreurinfo(errmessage)) // expect: HTTPEnvoie: the request to http://127.0.0.1:1/ failed (Connection refused).
trace(erreurinfo(errmessage) [= "HTTPEnvoie") // expect: 1
n est un entier = fouvre("/nonexistent/wl_canon/a.txt", folecture)
trace(erreurinfo(errmessage)) // expect: fOuvre: cannot open '/nonexistent/wl_canon/a.txt': No such file or directory.
f est un fichierdisque
f.ouvre("/nonexistent/wl_canon/b.txt", folecture)
trace(erreurinfo(errmessage)) // expect: Ouvre: cannot open '/nonexistent/wl_canon/b.txt': No such file or directory.
// sans accent, le nom reprend ceux du catalogue (fRepCrée)
b est un booleen = frepcree("/proc/wl_canon/rep")
trace(b, erreurinfo(errmessage)) // expect: 0, fRepCrée: cannot create the folder '/proc/wl_canon/rep': No such file or directory.
// une majuscule garde l'accent que la ligne lui donne : les pages de PC SOFT écrivent fEcrit
fecrit(-1, "x")
trace(erreurinfo(errmessage)) // expect: fEcrit: -1 is not an open file handle.
trace(droite([1, 2], 1)) // expect error: Droite expects a string, not a value of type array.
