# Hex views of bytes.
packet = bytes([0xDE, 0xAD, 0xBE, 0xEF, 0x00, 0x10])
print(packet.hex(), packet.hex(":"), packet.hex(" ", 2), packet.hex("-", -4))
print(bytes.fromhex("48 65 6c 6c 6f"), bytes.fromhex("00ff"))
checksum = sum(packet) % 256
print(checksum, hex(checksum), f"{checksum:02x}")
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
