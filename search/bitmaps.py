"""Sets of documents as Python integers, one bit per document.

Facet counting is intersecting sets and counting members: with arbitrary-precision integers that
is one `&` and one `bit_count()` per facet value, microseconds even for 100,000 documents."""


def from_positions(positions, size):
    """An integer with the given bit positions set."""
    buffer = bytearray((size + 7) // 8)
    for position in positions:
        buffer[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(buffer, "little")


def to_bytes(bits, size):
    return bits.to_bytes((size + 7) // 8, "little")


def iter_positions(bits, size):
    """Set bit positions, lowest first."""
    data = to_bytes(bits, size)
    for index, byte in enumerate(data):
        if byte:
            base = index << 3
            for offset in range(8):
                if byte >> offset & 1:
                    yield base + offset


def slice_positions(bits, size, start, stop):
    """Set positions number start..stop-1 (in ascending order), skipping whole bytes quickly."""
    data = to_bytes(bits, size)
    seen = 0
    found = []
    for index, byte in enumerate(data):
        if not byte:
            continue
        count = byte.bit_count()
        if seen + count <= start:
            seen += count
            continue
        base = index << 3
        for offset in range(8):
            if byte >> offset & 1:
                if seen >= start:
                    found.append(base + offset)
                    if len(found) >= stop - start:
                        return found
                seen += 1
    return found


def contains(data, position):
    """Membership test on the bytes of a bitmap (see to_bytes)."""
    return data[position >> 3] >> (position & 7) & 1
