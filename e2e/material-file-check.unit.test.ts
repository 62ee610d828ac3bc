import { byteSize, checkMaterialFile } from '../web/src/screens/materials/fileCheck';

const limits = { maxFileBytes: 10 * 1024 * 1024, fileExtensions: ['pdf', 'docx', 'md', 'txt'] };

test('a file the server would refuse is refused before it is sent, with the reason', () => {
  expect(checkMaterialFile({ name: 'notes.PDF', size: 2048 }, limits)).toBeNull();
  expect(checkMaterialFile({ name: 'old.doc', size: 2048 }, limits)).toEqual({
    reason: 'OLD_WORD',
  });
  expect(checkMaterialFile({ name: 'photo.png', size: 2048 }, limits)).toEqual({
    reason: 'UNSUPPORTED_TYPE',
    extensions: limits.fileExtensions,
  });
  expect(checkMaterialFile({ name: 'README', size: 2048 }, limits)?.reason).toBe(
    'UNSUPPORTED_TYPE',
  );
  expect(checkMaterialFile({ name: 'empty.txt', size: 0 }, limits)).toEqual({ reason: 'EMPTY' });
  expect(checkMaterialFile({ name: 'big.pdf', size: limits.maxFileBytes + 1 }, limits)).toEqual({
    reason: 'TOO_LARGE',
    maxBytes: limits.maxFileBytes,
    sizeBytes: limits.maxFileBytes + 1,
  });
});

test('sizes read as people read them', () => {
  const plain = (n: number) => String(n);
  expect(byteSize(900, plain)).toBe('900 B');
  expect(byteSize(1536, plain)).toBe('1.5 KB');
  expect(byteSize(10 * 1024 * 1024, plain)).toBe('10 MB');
});
