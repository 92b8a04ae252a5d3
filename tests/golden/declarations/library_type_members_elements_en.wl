// Values of library types held by class members and array elements: `=` stores a copy,
// `<-` makes the member or element designate the same value (decided: docs/semantics.md
// "Assigning a value of a library type"; `t[i] <- x` copied too)
CClient is Class
    Request is httpRequest
    Message is Email
    Link is ftpConnection
END
r is httpRequest
r.URL = "https://a.example.org"
c is CClient
c.Request = r
c.Request.URL = "https://b.example.org"
Trace(r.URL, c.Request.URL) // expect: https://a.example.org, https://b.example.org
m is Email
m.Subject = "one"
c.Message = m
c.Message.Subject = "two"
Trace(m.Subject, c.Message.Subject) // expect: one, two
f is ftpConnection
f.Server = "ftp.one.example.org"
c.Link = f
c.Link.Server = "ftp.two.example.org"
Trace(f.Server, c.Link.Server) // expect: ftp.one.example.org, ftp.two.example.org
arrR is array of httpRequest
ArrayAdd(arrR, r)
arrR[1].URL = "https://c.example.org"
Trace(r.URL, arrR[1].URL) // expect: https://a.example.org, https://c.example.org
arrM is array of 2 Email
arrM[1] = m
arrM[1].Subject = "three"
Trace(m.Subject, arrM[1].Subject) // expect: one, three
arrF is array of ftpConnection
Add(arrF, f)
arrF[1].Server = "ftp.three.example.org"
Trace(f.Server, arrF[1].Server) // expect: ftp.one.example.org, ftp.three.example.org
c.Request <- r
c.Request.URL = "https://d.example.org"
Trace(r.URL) // expect: https://d.example.org
c.Link <- f
f.Server = "ftp.four.example.org"
Trace(c.Link.Server) // expect: ftp.four.example.org
arrM[2] <- m
arrM[2].Subject = "four"
Trace(m.Subject, arrM[1].Subject) // expect: four, three
arrR[1] <- r
r.URL = "https://e.example.org"
Trace(arrR[1].URL) // expect: https://e.example.org
arrF[1] <- f
arrF[1].Server = "ftp.five.example.org"
Trace(f.Server) // expect: ftp.five.example.org
assoc is associative array of httpRequest
assoc["k"] = r
assoc["k"].URL = "https://f.example.org"
Trace(r.URL) // expect: https://e.example.org
assoc["j"] <- r
r.URL = "https://g.example.org"
Trace(assoc["j"].URL, assoc["k"].URL) // expect: https://g.example.org, https://f.example.org
