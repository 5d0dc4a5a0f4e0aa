export default function NotFound() {
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>
        There is nothing at this address. <a href="/" className="underline">Go to the overview</a>.
      </p>
    </div>
  );
}
