"""What the stand-in and the proxy share: announce the port, then serve."""
import os


def serve(server, port_file=None):
    """Prints "PORT=<n>", writes n to port_file (atomically) when given, and serves until interrupted."""
    port = server.server_address[1]
    print(f"PORT={port}", flush=True)
    if port_file:
        with open(port_file + ".tmp", "w") as f:
            f.write(str(port))
        os.replace(port_file + ".tmp", port_file)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
