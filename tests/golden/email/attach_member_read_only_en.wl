// A member of an element of Attach is read only; the error names it as written (it was
// shown lowercased: 'contenttype'). FOR EACH reads the elements as m.Attach[n] does.
m is Email
m.Attach[1] = "report.txt"
Add(m.Attach, "logo.png")
FOR EACH a OF m.Attach
    Trace(a.Name, a.ContentType, a = m.Attach[1] OR a = m.Attach[2])
END
// expect: report.txt, text/plain, 1
// expect: logo.png, image/png, 1
FOR EACH a, i OF m.Attach
    Trace(i, a..ContentType = m.Attach[i]..ContentType)
END
// expect: 1, 1
// expect: 2, 1
m.Attach[2].ContentType = "text/plain" // expect error: 'ContentType' of an element of Attach is read only
