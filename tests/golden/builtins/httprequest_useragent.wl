// An httpRequest's UserAgent reads what is sent when none is set: the application's name
// (help page httpRequest ?1000021158; a script's name is its file name without extension)
r is httpRequest
Trace(r.UserAgent) // expect: httprequest_useragent
r.UserAgent = "Agent/2"
Trace(r.UserAgent) // expect: Agent/2
other is httpRequest
Trace(other.UserAgent) // expect: httprequest_useragent
copy is httpRequest = r
Trace(copy.UserAgent) // expect: Agent/2
rest is restRequest
Trace(rest.UserAgent) // expect: httprequest_useragent
