/** A field's error in words, tied to its input by aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined | false }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-800">
      {message}
    </p>
  );
}
