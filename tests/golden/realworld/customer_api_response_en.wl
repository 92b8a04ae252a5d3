// A customers API's JSON answer read as a WINDEV developer writes it: the status
// checked, FOR EACH over the array of objects, missing members (address, tags) read as
// empty, ArrayToString of the tags, Deserialize into an array of structures, an output
// JSON built by ArrayAdd. ArrayToString(vCustomer.tags) of a customer without "tags"
// stopped everything: "expects an array, not a value of type JSON". French twin:
// reponse_api_clients_fr.wl.
sAnswer is string = [
{"status":"ok","total":3,"customers":[
 {"id":12,"name":"Smith","balance":-12.5,"active":true,"tags":["vip","north"]},
 {"id":15,"name":"Müller","balance":0,"active":false,"tags":[]},
 {"id":18,"name":"O'Neil","balance":1200.75,"active":true,"address":{"city":"Leeds","zip":"LS1"}}
]}
]
vAnswer is JSON = sAnswer
IF vAnswer.status <> "ok" THEN RETURN
Trace(vAnswer.total, vAnswer.customers..Occurrence)
mBalance is currency
FOR EACH vCustomer OF vAnswer.customers
	IF NOT vCustomer.active THEN CONTINUE
	mBalance += vCustomer.balance
	sCity is string = vCustomer.address.city
	Trace(vCustomer.id + " " + vCustomer.name + " (" + (sCity = "" ? "?" ELSE sCity) + ") [" + ArrayToString(vCustomer.tags, "/") + "]")
END
Trace(mBalance)
STCustomer is Structure
	id is int
	name is string
	balance is currency
	active is boolean
END
arrC is array of STCustomer
Deserialize(arrC, vAnswer.customers, psdJSON)
Trace(arrC..Occurrence, arrC[3].name, arrC[2].active)
vOut is JSON
vOut.count = arrC..Occurrence
vOut.names = []
FOR EACH c OF arrC
	ArrayAdd(vOut.names, c.name)
END
Trace(vOut)
// the missing member read as an empty array adds nothing to the JSON
Trace(ArrayToString(vAnswer.customers[3].tags, ","), ArraySeek(vAnswer.customers[3].tags, asLinear, "vip"))
Trace(vAnswer.customers[3]..Occurrence, vAnswer.customers[3].tags..Exist)

// what it prints

// expect: 3, 3
// expect: 12 Smith (?) [vip/north]
// expect: 18 O'Neil (Leeds) []
// expect: 1188.25
// expect: 3, O'Neil, 0
// expect: {"count":3,"names":["Smith","Müller","O'Neil"]}
// expect: , -1
// expect: 5, 0
