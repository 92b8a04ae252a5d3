// Clone ?1000024843, its example as written, the class TrafficLight ours (its Status an
// int: the page's DarkRed and DarkGreen are colour constants, RGB integers). The page's last two comments (StopLight.Address is the first
// address, StopLight.Status is DarkGreen) contradict its own lines above (CopyLight
// changed StopLight's address; StopLight.Status was set to DarkRed): what they show, that
// changing the clone leaves StopLight as it was, is what is checked.
TrafficLight is Class
	Address is string
	Status is int
END
// There is a traffic light in North Phoenix, at 4725 E. Mayo Blvd.
// It is red
StopLight is TrafficLight
StopLight.Address = "4725 E. Mayo Blvd., Phoenix, AZ"
StopLight.Status = DarkRed

// Another traffic light must be set at 5599 on the same boulevard

// If the object is simply copied...
CopyLight is dynamic TrafficLight = StopLight
CopyLight.Address = "5599 E. Mayo Blvd., Phoenix, AZ"
// The address of StopLight has also changed...!
Trace(StopLight.Address) // expect: 5599 E. Mayo Blvd., Phoenix, AZ

// If the object is cloned...
CloneLight is dynamic TrafficLight = Clone(StopLight)
// CloneLight contains the same information as StopLight
Trace(CloneLight.Address, CloneLight.Status = DarkRed) // expect: 5599 E. Mayo Blvd., Phoenix, AZ, 1
// But if one of it properties is modified, it does not affect the original traffic light

// Change the address
CloneLight.Address = "4725 E. Mayo Blvd., Phoenix, AZ"
Trace(StopLight.Address) // expect: 5599 E. Mayo Blvd., Phoenix, AZ

CloneLight.Status = DarkGreen
Trace(StopLight.Status = DarkRed, CloneLight.Status = DarkGreen) // expect: 1, 1
Trace(StopLight.Status, CloneLight.Status) // expect: 128, 32768
